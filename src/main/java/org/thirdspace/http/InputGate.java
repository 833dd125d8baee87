package org.thirdspace.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one place where what a request carries is checked before any resource sees it (see
 * {@link RequestText}): a NUL character in the address (path or query) or in the body, a body over
 * {@link #MAX_BODY_BYTES} (a form over {@link #MAX_FORM_BYTES}), or a list over
 * {@link RequestText#MAX_LIST_ITEMS} items is refused — a problem for the API, the tool's page for
 * page addresses ({@link Refusal}) — and nothing is written. The same rule on H2 and PostgreSQL.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class InputGate implements ContainerRequestFilter, ReaderInterceptor {

    /** The largest request body read (1 MiB): a post is at most 20,000 characters. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /**
     * The largest form body (8 MiB): platforms post forms (an id_token with its claims), whose own
     * bounds the LTI layer checks and explains on its page.
     */
    public static final int MAX_FORM_BYTES = 8 * 1024 * 1024;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (RequestText.nulInAddress(path) || RequestText.nulInAddress(query)) {
            request.abortWith(nul(request.getUriInfo()));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        byte[] body = readAtMost(context.getInputStream(), form ? MAX_FORM_BYTES : MAX_BODY_BYTES);
        boolean refused;
        if (form) {
            refused = RequestText.nulInForm(body);
        } else if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            RequestText.Finding finding = RequestText.scanJson(body);
            if (finding == RequestText.Finding.LONG_LIST) {
                throw new WebApplicationException(Refusal.of(uri, headers, 400, "list-too-long", "Too many items",
                        "A list in the request has more than " + RequestText.MAX_LIST_ITEMS + " items; send at most "
                                + RequestText.MAX_LIST_ITEMS + " at a time."));
            }
            refused = finding == RequestText.Finding.NUL;
        } else {
            refused = RequestText.nulByte(body);
        }
        if (refused) {
            throw new WebApplicationException(nul(uri));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            throw new WebApplicationException(Refusal.of(uri, headers, 413, "body-too-large", "Request too large",
                    "The request body is larger than " + max / 1024 + " KiB."));
        }
        return body;
    }

    private jakarta.ws.rs.core.Response nul(UriInfo address) {
        return Refusal.of(address, headers, 400, "nul-character", "Invalid character",
                "The request contains a NUL character (U+0000), which no text here may hold. Remove it and send again.");
    }
}
