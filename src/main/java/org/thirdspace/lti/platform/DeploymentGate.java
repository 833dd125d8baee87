package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.lti.LtiRejection;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a launch through only for an active deployment (LTI Core 1.3 §3.1.3). A deployment id the
 * tool has never seen is recorded as pending, in its own transaction, so that the admin finds it
 * waiting for approval, and the person is told whom to ask.
 */
@ApplicationScoped
public class DeploymentGate {

    /** The last-launch stamp is a hint for admins; refreshing it more often would make every launch write. */
    private static final Duration STAMP_EVERY = Duration.ofMinutes(5);

    @Inject
    RegistrationCache registrations;

    @Inject
    PendingDeployments pending;

    @Inject
    EntityManager em;

    private final Map<UUID, Instant> stamped = new ConcurrentHashMap<>();

    @Transactional
    public void admit(PlatformRegistration registration, String deploymentId, Instant now) {
        PlatformDeployment deployment = registrations.deployment(registration.id(), deploymentId).orElse(null);
        if (deployment == null) {
            pending.record(registration.id(), deploymentId, now);
            throw new LtiRejection(403, "lti.launch.deployment-unknown",
                    "unknown deployment " + deploymentId + " of registration " + registration.id() + " recorded as pending",
                    deploymentId);
        }
        switch (deployment.status()) {
            case ACTIVE -> stamp(deployment, now);
            case PENDING -> throw new LtiRejection(403, "lti.launch.deployment-unknown",
                    "deployment " + deploymentId + " of registration " + registration.id() + " awaits approval", deploymentId);
            default -> throw new LtiRejection(403, "lti.launch.deployment-disabled",
                    "deployment " + deploymentId + " of registration " + registration.id() + " is disabled", deploymentId);
        }
    }

    private void stamp(PlatformDeployment deployment, Instant now) {
        Instant last = stamped.get(deployment.id());
        if (last != null && Duration.between(last, now).compareTo(STAMP_EVERY) < 0) {
            return;
        }
        stamped.put(deployment.id(), now);
        em.createNativeQuery("update platform_deployment set last_launch_at = ? where id = ?"
                        + " and (last_launch_at is null or last_launch_at < ?)")
                .setParameter(1, utc(now))
                .setParameter(2, deployment.id())
                .setParameter(3, utc(now.minus(STAMP_EVERY)))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Records unknown deployments in a transaction of their own: the launch itself fails. */
    @ApplicationScoped
    public static class PendingDeployments {

        @Inject
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void record(UUID registrationId, String deploymentId, Instant now) {
            em.createNativeQuery("insert into platform_deployment (id, registration_id, deployment_id, status, first_seen_at)"
                            + " values (?, ?, ?, 'PENDING', ?) on conflict do nothing")
                    .setParameter(1, TimeOrderedUuid.next())
                    .setParameter(2, registrationId)
                    .setParameter(3, deploymentId)
                    .setParameter(4, utc(now))
                    .executeUpdate();
        }
    }
}
