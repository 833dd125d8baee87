package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.LtiRejection;

import java.time.Duration;
import java.time.Instant;
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

    private RegistrationCache registrations;
    private Registrations store;

    private final Map<UUID, Instant> stamped = new ConcurrentHashMap<>();

    protected DeploymentGate() {
    }

    @Inject
    public DeploymentGate(RegistrationCache registrations, Registrations store) {
        this.registrations = registrations;
        this.store = store;
    }

    @Transactional
    public void admit(PlatformRegistration registration, String deploymentId, Instant now) {
        PlatformDeployment deployment = registrations.deployment(registration.id(), deploymentId).orElse(null);
        if (deployment == null) {
            store.recordPending(registration.id(), deploymentId, now);
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
        store.stampLaunch(deployment.id(), now, now.minus(STAMP_EVERY));
    }
}
