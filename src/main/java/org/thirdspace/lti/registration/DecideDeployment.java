package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.platform.DeploymentStatus;
import org.thirdspace.lti.platform.PlatformDeployment;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Instant;
import java.util.UUID;

/**
 * Approves, disables or adds a deployment of a registration: the answer to "ask your LMS admin to
 * approve deployment X". An organisation admin may decide their own organisation's deployments.
 */
@ApplicationScoped
public class DecideDeployment {

    private Registrations registrations;
    private AdminAuditLog audit;
    private Event<RegistrationsChanged> changed;

    protected DecideDeployment() {
    }

    @Inject
    public DecideDeployment(Registrations registrations, AdminAuditLog audit, Event<RegistrationsChanged> changed) {
        this.registrations = registrations;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public PlatformDeployment decide(Administrator by, UUID registrationId, String deploymentId, String status, String label) {
        // An organisation's admin decides for the registrations of their organisation, attached ones included (V18).
        PlatformRegistration registration = registrations.find(registrationId).orElse(null);
        by.requireOrganisation(registration == null ? registrationId : registration.organisationId());
        if (registration == null) {
            throw new NotFound("no such registration");
        }
        if (deploymentId == null || deploymentId.isEmpty() || deploymentId.length() > 255) {
            throw new InvalidRequest("deploymentId", "deploymentId must have 1 to 255 characters");
        }
        DeploymentStatus target = PlatformStatuses.deployment(status, null);
        if (target == null) {
            throw new InvalidRequest("status", "status is required: pending, active or disabled");
        }
        Instant now = Instant.now();
        PlatformDeployment deployment = registrations.deployment(registration.id(), deploymentId).orElse(null);
        if (deployment == null) {
            deployment = new PlatformDeployment(registration.id(), deploymentId, target, label, now);
            registrations.add(deployment);
        }
        deployment.decide(target, by.actor(), now);
        if (label != null) {
            deployment.relabel(label.length() > 200 ? label.substring(0, 200) : label);
        }
        audit.record(by, registration.id(), "deployment." + target.name().toLowerCase(), deploymentId, label);
        changed.fire(new RegistrationsChanged());
        return deployment;
    }
}
