package org.thirdspace.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The CSP {@code frame-ancestors} source list: the tool itself and the frame origins of active
 * registrations, so that only registered platforms can show the tool in an iframe (click-jacking).
 */
@ApplicationScoped
public class FrameAncestors {

    private FramingOrigins framingOrigins;

    protected FrameAncestors() {
    }

    @Inject
    public FrameAncestors(FramingOrigins framingOrigins) {
        this.framingOrigins = framingOrigins;
    }

    public String sources() {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("'self'");
        sources.addAll(framingOrigins.origins());
        return String.join(" ", sources);
    }
}
