package org.thirdspace.lti.dynamic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.http.FramingRegistration;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;
import org.thirdspace.http.page.PageTemplate;
import org.thirdspace.lti.platform.PlatformRegistration;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The tool's registration initiation URL (LTI Dynamic Registration 1.0 §3.3): the platform opens it
 * in a frame or window with {@code openid_configuration} and {@code registration_token}. The page
 * says what happened; when the registration is made it tells the platform to close its dialog
 * ({@code org.imsglobal.lti.close}, §3.7). A refusal is a page that says why, with a stable reference.
 */
@ApplicationScoped
@Path("lti/register")
public class DynamicRegistrationResource {

    private static final Logger LOG = Logger.getLogger(DynamicRegistrationResource.class.getName());

    @Inject
    RegisterDynamically registerDynamically;

    @Inject
    FramingRegistration framing;

    @Inject
    RegistrationThrottle throttle;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "LTI Dynamic Registration: the platform registers the tool")
    public Response register(@QueryParam("openid_configuration") String openidConfiguration,
                             @QueryParam("registration_token") String registrationToken, @Context HttpHeaders headers) {
        framing.serveOrigin(origin(openidConfiguration));
        Messages messages = Messages.forLocale(language(headers));
        try {
            throttle.admit(Instant.now());
        } catch (TooManyRequests tooMany) {
            LOG.warning(() -> "dynamic registration refused: " + tooMany.getMessage());
            long minutes = Math.max(1, (tooMany.retryAfter().getSeconds() + 59) / 60);
            return page(429, ErrorPage.render(messages, messages.get("lti.register.refused"),
                    messages.get("lti.register.too-many", minutes), "lti.register.too-many", null))
                    .header("Retry-After", Math.max(1, tooMany.retryAfter().getSeconds())).build();
        }
        try {
            PlatformRegistration registration = registerDynamically.register(openidConfiguration, registrationToken);
            boolean active = registration.isActive();
            return page(200, PageTemplate.named("dynamic-registration").render(Map.of(
                    "lang", messages.locale().toLanguageTag(),
                    "title", messages.get("lti.register.done"),
                    "explanation", messages.get(active ? "lti.register.done.active" : "lti.register.done.pending",
                            registration.displayName()),
                    "close", messages.get("lti.register.close")))).build();
        } catch (RegistrationRefused refused) {
            LOG.warning(() -> "dynamic registration refused (" + refused.reason() + "): " + refused.getMessage());
            int status = refused.reason().equals("already-registered") ? 409 : 400;
            return page(status, ErrorPage.render(messages, messages.get("lti.register.refused"),
                    messages.get("lti.register.refused.explanation", refused.getMessage()), "lti.register." + refused.reason(), null)).build();
        }
    }

    private static Response.ResponseBuilder page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store");
    }

    private static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().filter(l -> !l.getLanguage().equals("*")).findFirst().orElse(Locale.ENGLISH);
    }

    /** The platform's origin: the page is framed by it. */
    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
