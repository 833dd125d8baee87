package org.thirdspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationCache;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Duration;
import java.time.Instant;
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
    private static final Duration REFRESH = Duration.ofSeconds(30);

    @Inject
    RegistrationCache registrations;

    @Inject
    Registrations all;

    private volatile String union = SELF;
    private volatile Instant unionLoadedAt = Instant.EPOCH;

    /** The tool and the registration's frame origins; the tool alone when it is unknown or not active. */
    public String of(UUID registrationId) {
        try {
            return registrations.find(registrationId).filter(PlatformRegistration::isActive)
                    .map(r -> join(r.frameOrigins())).orElse(SELF);
        } catch (RuntimeException e) {
            return SELF; // database not ready: only the tool itself
        }
    }

    /** Every active registration's origins: read from the database at most every 30 seconds. */
    public String union() {
        Instant now = Instant.now();
        if (now.isAfter(unionLoadedAt.plus(REFRESH))) {
            unionLoadedAt = now;
            try {
                Set<String> origins = new LinkedHashSet<>();
                for (PlatformRegistration registration : all.all()) {
                    if (registration.isActive()) {
                        origins.addAll(registration.frameOrigins());
                    }
                }
                union = join(origins);
            } catch (RuntimeException e) {
                // Database not ready: keep the last known list ('self' at first).
            }
        }
        return union;
    }

    private static String join(Set<String> origins) {
        StringBuilder sources = new StringBuilder(SELF);
        origins.forEach(o -> sources.append(' ').append(o));
        return sources.toString();
    }

    void invalidate(@Observes RegistrationsChanged changed) {
        unionLoadedAt = Instant.EPOCH;
    }
}
