package org.thirdspace.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every response:
 * <ul>
 *   <li>{@code Referrer-Policy: no-referrer}, so that no URL of an LTI flow leaks to other sites;</li>
 *   <li>a Content Security Policy: scripts and styles from the tool only (no inline script), no
 *       plugins, and {@code frame-ancestors} limited to registered platforms;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    @Inject
    FrameAncestors frameAncestors;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors "
                + frameAncestors.sources());
    }
}
