package org.thirdspace.web;

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
import org.thirdspace.http.page.Messages;
import org.thirdspace.http.session.CurrentSession;

import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
@Path("api/i18n")
public class StringsResource {

    @Inject
    CurrentSession current;

    @Context
    HttpHeaders headers;

    public record Strings(String locale, Map<String, String> strings) {
    }

    /**
     * The UI's strings in the requested locale (else the launch's, else the browser's), English as
     * the fallback. Asked for by locale, the answer is the same for everyone and browsers may keep it.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Localised UI strings")
    public Response strings(@QueryParam("locale") String requested) {
        String tag = requested != null && !requested.isBlank() ? requested : current.get().map(s -> s.locale()).orElse(null);
        Messages messages = tag != null ? Messages.forTag(tag)
                : Messages.forLocale(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
        Map<String, String> strings = new TreeMap<>();
        for (String prefix : new String[] {"role.", "ui."}) {
            strings.putAll(messages.withPrefix(prefix));
        }
        Response.ResponseBuilder response = Response.ok(
                new Strings(messages.locale().toLanguageTag(), strings));
        if (requested != null && !requested.isBlank()) {
            response.header("Cache-Control", "public, max-age=3600");
        }
        return response.build();
    }
}
