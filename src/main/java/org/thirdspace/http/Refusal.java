package org.thirdspace.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.thirdspace.http.page.ErrorPage;
import org.thirdspace.http.page.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A refusal in the form the asker reads: RFC 9457 problem details for the API (and for programs
 * that ask for JSON), the tool's own error page, in the person's language, for page addresses —
 * never the application server's page.
 */
public final class Refusal {

    /** Addresses of machine-readable answers; everything else is a page people open. */
    private static final List<String> API_PREFIXES = List.of("api/", ".well-known/", "lti/jwks");

    private Refusal() {
    }

    public static Response of(UriInfo uri, HttpHeaders headers, int status, String type, String title, String detail) {
        if (wantsProblem(uri, headers)) {
            return Problem.response(status, type, title, detail);
        }
        return page(headers, status, null);
    }

    /** The tool's error page for a status, with a reference when there is one to give to an admin. */
    public static Response page(HttpHeaders headers, int status, String reference) {
        Messages messages = Messages.forLocale(language(headers));
        String key = messages.get("error.page." + status).startsWith("error.page.") ? "error.page.other" : "error.page." + status;
        String html = ErrorPage.render(messages, messages.get(key), messages.get(key + ".explanation"), reference, null);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(html).build();
    }

    static boolean wantsProblem(UriInfo uri, HttpHeaders headers) {
        if (uri == null) {
            return true;
        }
        String path = uri.getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        for (String prefix : API_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        if (headers == null) {
            return false;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            if (accepted.getSubtype().equals("json") || accepted.getSubtype().endsWith("+json")) {
                return true;
            }
        }
        return false;
    }

    private static Locale language(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}
