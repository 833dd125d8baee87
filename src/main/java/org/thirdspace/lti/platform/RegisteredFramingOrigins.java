package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.http.FramingOrigins;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The frame origins of active registrations, read from the database at most every 30 seconds (every
 * response asks for them), and at once after a registration changed on this node.
 */
@ApplicationScoped
public class RegisteredFramingOrigins implements FramingOrigins {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private Registrations registrations;

    private volatile Set<String> origins = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    protected RegisteredFramingOrigins() {
    }

    @Inject
    public RegisteredFramingOrigins(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public Set<String> origins() {
        Instant now = Instant.now();
        if (now.isAfter(loadedAt.plus(REFRESH))) {
            loadedAt = now;
            try {
                Set<String> active = new LinkedHashSet<>();
                for (PlatformRegistration registration : registrations.all()) {
                    if (registration.isActive()) {
                        active.addAll(registration.frameOrigins());
                    }
                }
                origins = Collections.unmodifiableSet(active);
            } catch (RuntimeException e) {
                // Database not ready: keep the last known origins (none at first).
            }
        }
        return origins;
    }

    void invalidate(@Observes RegistrationsChanged changed) {
        loadedAt = Instant.EPOCH;
    }
}
