package org.thirdspace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.owasp.encoder.Encode;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.digest.UnsubscribeFromDigests;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;

import java.time.Instant;

/**
 * The digest's unsubscribe address. A mail program that offers one-click unsubscribe POSTs
 * {@code List-Unsubscribe=One-Click} to it (RFC 8058 §3.1) and the digests stop, without signing
 * in: the token in the address is all it takes. A GET — a link followed by a person, or fetched by
 * a mail scanner — changes nothing: it asks to confirm with a button that sends the same POST
 * (RFC 8058 §3.2: a GET must not unsubscribe, scanners follow links).
 */
@RequestScoped
@Path("digest/unsubscribe")
public class DigestUnsubscribePage {

    @Inject
    UnsubscribeFromDigests unsubscribe;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirmation page of a digest's unsubscribe link (changes nothing)")
    public Response confirm(@QueryParam("token") String token) {
        Messages messages = messages();
        try {
            unsubscribe.check(token);
        } catch (AccessDenied e) {
            return refused(messages);
        }
        String form = "<form method=\"post\" action=\"/digest/unsubscribe?token=" + Encode.forHtmlAttribute(Encode.forUriComponent(token))
                + "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\" class=\"ts-button\">" + Encode.forHtml(messages.get("digest.unsubscribe.button")) + "</button></form>";
        return page(200, ErrorPage.render(messages, messages.get("digest.unsubscribe.title"), messages.get("digest.unsubscribe.confirm"), null, form));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One-click unsubscribe (RFC 8058): turns the token's person's digests off, without a session")
    public Response unsubscribe(@QueryParam("token") String token) {
        Messages messages = messages();
        try {
            unsubscribe.unsubscribe(token, Instant.now());
        } catch (AccessDenied e) {
            return refused(messages);
        }
        return page(200, ErrorPage.render(messages, messages.get("digest.unsubscribe.done"), messages.get("digest.unsubscribe.done.explanation"),
                null, null));
    }

    private Response refused(Messages messages) {
        return page(403, ErrorPage.render(messages, messages.get("digest.unsubscribe.invalid"),
                messages.get("digest.unsubscribe.invalid.explanation"), null, null));
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").entity(html).build();
    }

    private Messages messages() {
        return Messages.forLocale(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
    }
}
