package org.thirdspace.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The CSP {@code frame-ancestors} source lists (click-jacking): the tool itself and the frame
 * origins of one registration — the one whose launch or session a response serves — so that what
 * one organisation's admin configures frames only their own organisation's pages. Only a page
 * served to nobody in particular (the tool's page reloaded without its cookie, a refused launch
 * before its platform is known) gets the union of the active registrations' origins.
 */
@ApplicationScoped
public class FrameAncestors {

    static final String SELF = "'self'";

    private FramingOrigins framingOrigins;

    protected FrameAncestors() {
    }

    @Inject
    public FrameAncestors(FramingOrigins framingOrigins) {
        this.framingOrigins = framingOrigins;
    }

    /** The tool and the registration's frame origins; the tool alone when it is unknown or not active. */
    public String of(UUID registrationId) {
        return join(framingOrigins.of(registrationId));
    }

    /** The tool and every active registration's origins. */
    public String union() {
        return join(framingOrigins.origins());
    }

    private static String join(Set<String> origins) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add(SELF);
        sources.addAll(origins);
        return String.join(" ", sources);
    }
}
