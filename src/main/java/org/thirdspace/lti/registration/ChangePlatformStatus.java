package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.application.session.SessionEnd;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationStatus;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Instant;
import java.util.UUID;

/**
 * Approves, disables or re-enables a registration. Only the operator may: an organisation's admin
 * could otherwise lock their whole organisation out, or let a pending one in. A registration that
 * stops being active ends every session of its organisation.
 */
@ApplicationScoped
public class ChangePlatformStatus {

    private Registrations registrations;
    private AdminAuditLog audit;
    private Event<RegistrationsChanged> changed;

    protected ChangePlatformStatus() {
    }

    @Inject
    public ChangePlatformStatus(Registrations registrations, AdminAuditLog audit, Event<RegistrationsChanged> changed) {
        this.registrations = registrations;
        this.audit = audit;
        this.changed = changed;
    }

    @Inject
    SessionEnd sessions;

    @Transactional
    public PlatformRegistration change(Administrator by, UUID registrationId, String status) {
        by.requireOperator();
        PlatformRegistration registration = registrations.find(registrationId)
                .orElseThrow(() -> new NotFound("no such registration"));
        RegistrationStatus target = PlatformStatuses.registration(status, null);
        if (target != registration.status()) {
            registration.changeStatus(target, Instant.now());
            audit.record(by, registration.id(), "registration." + target.name().toLowerCase(),
                    registration.issuer() + " " + registration.clientId(), null);
            changed.fire(new RegistrationsChanged());
            if (target != RegistrationStatus.ACTIVE) {
                // Its people are signed out at once and cannot renew: the registration no longer launches.
                // Sessions name the organisation, not the registration: all of its sessions end (V18).
                sessions.endSessionsOfOrganisation(registration.organisationId(), Instant.now());
                audit.record(by, registration.organisationId(), "sessions.end-organisation", registration.organisationId().toString(),
                        "registration " + target.name().toLowerCase());
            }
        }
        return registration;
    }
}
