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
import java.util.UUID;

/**
 * The frame origins of active registrations, read from the database at most every 30 seconds (every
 * response asks for them), and at once after a registration changed on this node; one
 * registration's origins through the {@link RegistrationCache} (a few seconds old at most).
 */
@ApplicationScoped
public class RegisteredFramingOrigins implements FramingOrigins {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private Registrations registrations;
    private RegistrationCache cache;

    private volatile Set<String> origins = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    protected RegisteredFramingOrigins() {
    }

    @Inject
    public RegisteredFramingOrigins(Registrations registrations, RegistrationCache cache) {
        this.registrations = registrations;
        this.cache = cache;
    }

    @Override
    public Set<String> of(UUID registrationId) {
        try {
            // The registration's own origins, and when it names an organisation (a session does) those of
            // the active registrations attached to it after the platform re-created the tool (V18).
            return cache.framingOfOrganisation(registrationId);
        } catch (RuntimeException e) {
            return Set.of(); // database not ready: only the tool itself
        }
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
