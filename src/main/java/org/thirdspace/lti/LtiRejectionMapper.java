package org.thirdspace.lti;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.owasp.encoder.Encode;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** Renders a refused login or launch as a page for the person and one log line for the admin. */
@Provider
public class LtiRejectionMapper implements ExceptionMapper<LtiRejection> {

    private static final Logger LOG = Logger.getLogger("org.thirdspace.lti.rejections");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LtiRejection rejection) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes);
        LOG.warning(() -> "LTI request refused [" + reference + "] " + rejection.status() + " "
                + rejection.messageKey() + ": " + rejection.adminReason());
        Messages messages = Messages.forLocale(locale(rejection));
        String extra = rejection.restartParameters() == null ? "" : restartForm(messages, rejection.restartParameters());
        String html = ErrorPage.render(messages, messages.get(rejection.messageKey(), rejection.arguments()),
                messages.get(rejection.messageKey() + ".explanation", rejection.arguments()), reference, extra);
        return Response.status(rejection.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(html)
                .build();
    }

    private Locale locale(LtiRejection rejection) {
        if (rejection.locale() != null) {
            return rejection.locale();
        }
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }

    /**
     * When the browser withheld the login cookie (third-party cookies blocked), a top-level window
     * has first-party cookies: the same login started there succeeds.
     */
    private static String restartForm(Messages messages, Map<String, String> parameters) {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"/lti/login\" target=\"_blank\" class=\"ts-restart\">");
        parameters.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(Encode.forHtmlAttribute(name))
                .append("\" value=\"").append(Encode.forHtmlAttribute(value)).append("\">"));
        form.append("<button type=\"submit\">").append(Encode.forHtml(messages.get("lti.restart.button"))).append("</button></form>");
        return form.toString();
    }
}
