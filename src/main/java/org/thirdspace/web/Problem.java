package org.thirdspace.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An API error as RFC 9457 problem details: a stable type, a title, and a detail people can act on. */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, null);
    }

    public static Response response(int status, String type, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new Problem("https://thirdspace.org/problems/" + type, title, status, detail, field))
                .build();
    }
}
