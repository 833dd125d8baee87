package org.thirdspace.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.http.session.CurrentSession;
import org.thirdspace.http.session.ToolSession;

import java.util.Optional;
import java.util.UUID;

/**
 * Headers on every response:
 * <ul>
 *   <li>{@code Referrer-Policy: no-referrer}, so that no URL of an LTI flow leaks to other sites;</li>
 *   <li>a Content Security Policy: scripts and styles from the tool only (no inline script), no
 *       plugins, and {@code frame-ancestors} limited to the platform the response is for — the
 *       registration of the launch or login it answers, else of the caller's session (see
 *       {@link FrameAncestors}); a page for nobody in particular gets every active registration's
 *       origins, anything else only the tool's own;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    @Inject
    FrameAncestors frameAncestors;

    @Inject
    FramingRegistration framing;

    @Inject
    CurrentSession current;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors " + ancestors(response));
    }

    private String ancestors(ContainerResponseContext response) {
        Optional<String> platformOrigin = framing.origin();
        if (platformOrigin.isPresent()) {
            return FrameAncestors.SELF + " " + platformOrigin.get();
        }
        Optional<UUID> registration = framing.get().or(() -> current.get().map(ToolSession::organisationId));
        if (registration.isPresent()) {
            return frameAncestors.of(registration.get());
        }
        MediaType type = response.getMediaType();
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) ? frameAncestors.union() : FrameAncestors.SELF;
    }
}
