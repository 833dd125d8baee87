package org.thirdspace.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses before a resource runs — no resource at the address (404), a method
 * it does not take (405, with {@code Allow}), a body type it does not read (415), an answer type
 * it cannot give (406), an empty or unreadable body (400), a path or query parameter that is not
 * what it should be (a malformed UUID, a number too large: 400) — answered as a {@link Refusal}.
 * Refusals that already carry their answer (the {@link InputGate}'s problems) pass unchanged.
 */
@Provider
public class RefusedRequestMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response given = e.getResponse();
        if (given != null && given.hasEntity()) {
            return given;
        }
        int status = given == null ? 500 : given.getStatus();
        if (status < 400) {
            return given;
        }
        Response refusal;
        if (isParameter(e)) {
            refusal = Refusal.of(uri, headers, 400, "invalid-parameter", "Invalid parameter",
                    "A parameter of the request is not valid" + parameterName(e) + ": an identifier must be a UUID, a number a whole"
                            + " number within range.");
        } else if (e instanceof NotAllowedException) {
            refusal = Refusal.of(uri, headers, 405, "method-not-allowed", "Method not allowed",
                    "This address does not take " + (request == null ? "this method" : request.getMethod()) + "; the Allow header says what it takes.");
        } else if (e instanceof NotSupportedException) {
            refusal = Refusal.of(uri, headers, 415, "unsupported-media-type", "Unsupported media type",
                    "This address does not read a body of this type; send JSON (application/json) or the form it expects.");
        } else if (e instanceof NotAcceptableException) {
            refusal = Refusal.of(uri, headers, 406, "not-acceptable", "Not acceptable",
                    "This address cannot answer in the type the request asks for (Accept).");
        } else if (e instanceof NotFoundException || status == 404) {
            refusal = Refusal.of(uri, headers, 404, "not-found", "Not found", "Nothing is at this address.");
        } else if (status == 400) {
            refusal = Refusal.of(uri, headers, 400, "bad-request", "Bad request",
                    "The request cannot be read: its body is missing, empty or not of the expected shape.");
        } else {
            refusal = Refusal.of(uri, headers, status, "refused", "Refused", "The request was refused (" + status + ").");
        }
        if (given != null && given.getHeaderString("Allow") != null) {
            return Response.fromResponse(refusal).header("Allow", given.getHeaderString("Allow")).build();
        }
        return refusal;
    }

    /**
     * A path, query or form parameter that could not be converted: JAX-RS answers 404 (path, query)
     * or 400 (form, header) with the conversion's exception as the cause.
     */
    private static boolean isParameter(WebApplicationException e) {
        return e.getCause() instanceof IllegalArgumentException
                || e.getClass().getName().contains("ParamException");
    }

    /** The parameter's name, when the implementation tells it (Jersey's ParamException does). */
    private static String parameterName(WebApplicationException e) {
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name == null ? "" : " (" + name + ")";
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return "";
        }
    }
}
