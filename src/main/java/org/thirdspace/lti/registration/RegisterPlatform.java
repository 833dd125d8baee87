package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.platform.DeploymentStatus;
import org.thirdspace.lti.platform.PlatformDeployment;
import org.thirdspace.lti.platform.PlatformEndpointsPolicy;
import org.thirdspace.lti.platform.PlatformKeySets;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationOrigin;
import org.thirdspace.lti.platform.RegistrationStatus;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Instant;

/**
 * Creates a platform registration, or — for configuration files and the emulator, which are
 * applied at every start — brings an existing one in line with its document. Idempotent: applying
 * the same document twice changes nothing the second time.
 */
@ApplicationScoped
public class RegisterPlatform {

    private Registrations registrations;
    private GuardedHttpClient http;
    private PlatformKeySets keySets;
    private AdminAuditLog audit;
    private Event<RegistrationsChanged> changed;

    protected RegisterPlatform() {
    }

    @Inject
    public RegisterPlatform(Registrations registrations, GuardedHttpClient http, PlatformKeySets keySets, AdminAuditLog audit,
                            Event<RegistrationsChanged> changed) {
        this.registrations = registrations;
        this.http = http;
        this.keySets = keySets;
        this.audit = audit;
        this.changed = changed;
    }

    /** The admin API: a new registration; the pair (issuer, client_id) must not exist yet. */
    @Transactional
    public PlatformRegistration register(Administrator by, RegistrationCommand command) {
        by.requireOperator();
        check(command);
        if (registrations.find(command.issuer(), command.clientId()).isPresent()) {
            throw new Conflict("a registration for issuer " + command.issuer() + " and client_id " + command.clientId() + " exists already");
        }
        PlatformRegistration registration = create(command, RegistrationOrigin.API);
        audit.record(by, registration.id(), "registration.create", registration.issuer() + " " + registration.clientId(), null);
        return registration;
    }

    /**
     * LTI Dynamic Registration: a new registration as the platform answered it, never an update of an
     * existing one (a platform that registers again gets a new client id; the pair must not exist).
     * Its status is the command's: pending unless the operator's setting approves at once.
     */
    @Transactional
    public PlatformRegistration registerDynamically(Administrator by, RegistrationCommand command) {
        check(command);
        if (registrations.find(command.issuer(), command.clientId()).isPresent()) {
            throw new Conflict("a registration for issuer " + command.issuer() + " and client_id " + command.clientId() + " exists already");
        }
        PlatformRegistration registration = create(command, RegistrationOrigin.DYNAMIC);
        audit.record(by, registration.id(), "registration.create", registration.issuer() + " " + registration.clientId(),
                "from DYNAMIC, " + registration.status().name().toLowerCase());
        return registration;
    }

    /** Files and the emulator: create or update to match the document. */
    @Transactional
    public PlatformRegistration apply(Administrator by, RegistrationCommand command, RegistrationOrigin origin) {
        check(command);
        PlatformRegistration registration = registrations.find(command.issuer(), command.clientId()).orElse(null);
        Instant now = Instant.now();
        if (registration == null) {
            registration = create(command, origin);
            audit.record(by, registration.id(), "registration.create", registration.issuer() + " " + registration.clientId(),
                    "from " + origin);
        } else {
            boolean changed = !registration.endpoints().equals(command.endpoints());
            if (changed) {
                keySets.forget(registration.jwksUri());
                registration.apply(command.endpoints(), now);
            }
            RegistrationStatus status = PlatformStatuses.registration(command.status(), registration.status());
            if (status != registration.status()) {
                registration.changeStatus(status, now);
                changed = true;
            }
            if (changed) {
                audit.record(by, registration.id(), "registration.update", registration.issuer() + " " + registration.clientId(),
                        "from " + origin);
            }
        }
        applyDeployments(by, registration, command, now);
        changed.fire(new RegistrationsChanged());
        return registration;
    }

    private PlatformRegistration create(RegistrationCommand command, RegistrationOrigin origin) {
        Instant now = Instant.now();
        PlatformRegistration registration = new PlatformRegistration(command.issuer(), command.clientId(), command.endpoints(),
                origin, PlatformStatuses.registration(command.status(), RegistrationStatus.ACTIVE), now);
        registrations.add(registration);
        applyDeployments(null, registration, command, now);
        changed.fire(new RegistrationsChanged());
        return registration;
    }

    private void applyDeployments(Administrator by, PlatformRegistration registration, RegistrationCommand command, Instant now) {
        for (RegistrationCommand.DeploymentCommand d : command.deployments()) {
            if (d.deploymentId() == null || d.deploymentId().isEmpty() || d.deploymentId().length() > 255) {
                throw new InvalidRequest("deployments.id", "each deployment needs an id of 1 to 255 characters");
            }
            DeploymentStatus status = PlatformStatuses.deployment(d.status(), DeploymentStatus.ACTIVE);
            PlatformDeployment deployment = registrations.deployment(registration.id(), d.deploymentId()).orElse(null);
            if (deployment == null) {
                deployment = new PlatformDeployment(registration.id(), d.deploymentId(), status, d.label(), now);
                deployment.decide(status, by == null ? "registration" : by.actor(), now);
                registrations.add(deployment);
            } else if (deployment.status() != status) {
                deployment.decide(status, by == null ? "registration" : by.actor(), now);
                if (by != null) {
                    audit.record(by, registration.id(), "deployment." + status.name().toLowerCase(), d.deploymentId(), null);
                }
            }
        }
    }

    private void check(RegistrationCommand command) {
        if (command.endpoints() == null) {
            throw new InvalidRequest("authorizationEndpoint", "the platform's endpoints are required");
        }
        new PlatformEndpointsPolicy(http.policy()).check(command.issuer(), command.clientId(), command.endpoints());
    }
}
