package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.lti.LtiRejection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Lets a launch through only for an active deployment (LTI Core 1.3 §3.1.3). A deployment id the
 * tool has never seen is recorded as pending, in its own transaction, so that the admin finds it
 * waiting for approval, and the person is told whom to ask.
 */
@ApplicationScoped
public class DeploymentGate {

    @Inject
    Registrations registrations;

    @Inject
    EntityManager em;

    @Inject
    PendingDeployments pending;

    @Transactional
    public PlatformDeployment admit(PlatformRegistration registration, String deploymentId, Instant now) {
        PlatformDeployment deployment = registrations.deployment(registration.id(), deploymentId).orElse(null);
        if (deployment == null) {
            pending.record(registration.id(), deploymentId, now);
            throw new LtiRejection(403, "lti.launch.deployment-unknown",
                    "unknown deployment " + deploymentId + " of registration " + registration.id() + " recorded as pending",
                    deploymentId);
        }
        switch (deployment.status()) {
            case ACTIVE -> {
                deployment.recordLaunch(now);
                return deployment;
            }
            case PENDING -> throw new LtiRejection(403, "lti.launch.deployment-unknown",
                    "deployment " + deploymentId + " of registration " + registration.id() + " awaits approval", deploymentId);
            default -> throw new LtiRejection(403, "lti.launch.deployment-disabled",
                    "deployment " + deploymentId + " of registration " + registration.id() + " is disabled", deploymentId);
        }
    }

    /** Records unknown deployments in a transaction of their own: the launch itself fails. */
    @ApplicationScoped
    public static class PendingDeployments {

        @Inject
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void record(java.util.UUID registrationId, String deploymentId, Instant now) {
            em.createNativeQuery("insert into platform_deployment (id, registration_id, deployment_id, status, first_seen_at)"
                            + " values (?, ?, ?, 'PENDING', ?) on conflict do nothing")
                    .setParameter(1, TimeOrderedUuid.next())
                    .setParameter(2, registrationId)
                    .setParameter(3, deploymentId)
                    .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }
}
