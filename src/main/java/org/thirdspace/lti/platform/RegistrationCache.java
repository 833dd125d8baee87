package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Registrations as logins and launches read them: every login and launch needs its registration,
 * which changes rarely, so this node keeps them for a few seconds instead of asking the database
 * each time. A change made on this node clears the cache at once; a change made on another node
 * is seen here within {@link #LIFETIME}. The entities are detached copies, for reading only.
 */
@ApplicationScoped
public class RegistrationCache {

    static final Duration LIFETIME = Duration.ofSeconds(10);

    @Inject
    Registrations registrations;

    private final Map<Object, Entry<?>> entries = new ConcurrentHashMap<>();

    public Optional<PlatformRegistration> find(UUID id) {
        return cached(id, () -> registrations.find(id));
    }

    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return cached(List.of(issuer, clientId), () -> registrations.find(issuer, clientId));
    }

    /** At most two registrations of an issuer; a caller may use one only when there is exactly one. */
    public List<PlatformRegistration> withIssuer(String issuer) {
        return cached(issuer, () -> registrations.withIssuer(issuer));
    }

    public Optional<PlatformDeployment> deployment(UUID registrationId, String deploymentId) {
        return cached(List.of(registrationId, deploymentId), () -> registrations.deployment(registrationId, deploymentId));
    }

    /** The frame origins of an organisation's active registrations (one attached after a re-created tool, V18). */
    public Set<String> framingOfOrganisation(UUID organisationId) {
        return cached(List.of("organisation-frames", organisationId), () -> {
            Set<String> origins = new java.util.LinkedHashSet<>();
            registrations.ofOrganisation(organisationId).stream().filter(PlatformRegistration::isActive)
                    .forEach(r -> origins.addAll(r.frameOrigins()));
            return Set.copyOf(origins);
        });
    }

    /** The organisation a registration's launches belong to (V18); the registration's own id when it is unknown. */
    public UUID organisationOf(UUID registrationId) {
        return find(registrationId).map(PlatformRegistration::organisationId).orElse(registrationId);
    }

    void clear(@Observes RegistrationsChanged changed) {
        entries.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry<?> entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > LIFETIME.toNanos()) {
            entry = new Entry<>(load.get(), now);
            entries.put(key, entry);
        }
        return (T) entry.value();
    }

    private record Entry<T>(T value, long loadedAt) {
    }
}
