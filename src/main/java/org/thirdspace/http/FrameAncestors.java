package org.thirdspace.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CSP {@code frame-ancestors} source list: the tool itself and the frame origins of active
 * registrations, so that only registered platforms can show the tool in an iframe (click-jacking).
 * Read from the database at most every 30 seconds.
 */
@ApplicationScoped
public class FrameAncestors {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    @Inject
    Registrations registrations;

    private volatile String sources = "'self'";
    private volatile Instant loadedAt = Instant.EPOCH;

    public String sources() {
        Instant now = Instant.now();
        if (now.isAfter(loadedAt.plus(REFRESH))) {
            loadedAt = now;
            try {
                Set<String> origins = new LinkedHashSet<>();
                origins.add("'self'");
                for (PlatformRegistration registration : registrations.all()) {
                    if (registration.isActive()) {
                        origins.addAll(registration.frameOrigins());
                    }
                }
                sources = origins.stream().collect(Collectors.joining(" "));
            } catch (RuntimeException e) {
                // Database not ready: keep the last known list ('self' at first).
            }
        }
        return sources;
    }

    void invalidate(@Observes RegistrationsChanged changed) {
        loadedAt = Instant.EPOCH;
    }
}
