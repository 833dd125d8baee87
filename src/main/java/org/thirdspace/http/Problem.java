package org.thirdspace.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An API error as RFC 9457 problem details: a stable type, a title, and a detail people can act on;
 * the field at fault, and the space concerned when the page can help there (e.g. show its code of
 * conduct), are extension members that are left out when empty.
 */
public record Problem(String type, String title, int status, String detail, String field, String space) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, null);
    }

    public static Response response(int status, String type, String title, String detail, String field) {
        return builder(status, new Problem("https://thirdspace.org/problems/" + type, title, status, detail, field, null)).build();
    }

    public static Response.ResponseBuilder builder(int status, Problem problem) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem);
    }

    public static Problem of(int status, String type, String title, String detail, String space) {
        return new Problem("https://thirdspace.org/problems/" + type, title, status, detail, null, space);
    }
}
