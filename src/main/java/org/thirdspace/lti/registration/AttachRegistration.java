package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.community.person.People;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Instant;
import java.util.UUID;

/**
 * Attaches a registration to the organisation of an earlier one: when a platform re-creates the tool
 * it gives a new client id, and the new registration's launches should find the organisation's
 * people (by subject), courses (by deployment and context id) and spaces again instead of starting
 * empty. Only the operator may: it moves a platform's launches into a tenant. Only a registration
 * nobody has launched from yet, and that no other registration is attached to, may be attached, so
 * that nothing already recorded under it is stranded (docs/ARCHITECTURE.md, "Organisations and
 * registrations").
 */
@ApplicationScoped
public class AttachRegistration {

    private Registrations registrations;
    private People people;
    private AdminAuditLog audit;
    private Event<RegistrationsChanged> changed;

    protected AttachRegistration() {
    }

    @Inject
    public AttachRegistration(Registrations registrations, People people, AdminAuditLog audit, Event<RegistrationsChanged> changed) {
        this.registrations = registrations;
        this.people = people;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public PlatformRegistration attach(Administrator by, UUID registrationId, UUID organisationId) {
        by.requireOperator();
        PlatformRegistration registration = registrations.find(registrationId)
                .orElseThrow(() -> new NotFound("no such registration"));
        if (organisationId == null) {
            throw new InvalidRequest("organisationId", "organisationId is required: the organisation to attach the registration to");
        }
        PlatformRegistration organisation = registrations.find(organisationId)
                .orElseThrow(() -> new InvalidRequest("organisationId", "no organisation has the id " + organisationId));
        if (registration.organisationId().equals(organisationId)) {
            return registration;
        }
        if (!organisation.startedItsOrganisation()) {
            throw new InvalidRequest("organisationId", "that registration is itself attached to organisation "
                    + organisation.organisationId() + "; attach to that organisation instead");
        }
        if (organisation.id().equals(registration.id())) {
            throw new InvalidRequest("organisationId", "a registration cannot be attached to itself");
        }
        if (!registration.startedItsOrganisation()) {
            throw new Conflict("this registration is attached to organisation " + registration.organisationId()
                    + " already, and people may have launched into it from here");
        }
        if (registrations.ofOrganisation(registration.id()).size() > 1) {
            throw new Conflict("other registrations are attached to this one; it is an organisation of its own");
        }
        if (people.count(registration.id()) > 0) {
            throw new Conflict("people have launched from this registration already and belong to its own organisation;"
                    + " attach a new registration before its first launch");
        }
        registration.attachTo(organisation.id(), Instant.now());
        audit.record(by, organisation.id(), "registration.attach", registration.issuer() + " " + registration.clientId(),
                "to organisation " + organisation.id() + " (" + organisation.displayName() + ")");
        changed.fire(new RegistrationsChanged());
        return registration;
    }
}
