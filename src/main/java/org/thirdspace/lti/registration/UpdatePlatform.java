package org.thirdspace.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.platform.PlatformEndpoints;
import org.thirdspace.lti.platform.PlatformEndpointsPolicy;
import org.thirdspace.lti.platform.PlatformKeySets;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.platform.RegistrationsChanged;

import java.time.Instant;
import java.util.UUID;

/** Changes a registration's endpoints and hosts; issuer and client_id never change. */
@ApplicationScoped
public class UpdatePlatform {

    private Registrations registrations;
    private GuardedHttpClient http;
    private PlatformKeySets keySets;
    private AdminAuditLog audit;
    private Event<RegistrationsChanged> changed;

    protected UpdatePlatform() {
    }

    @Inject
    public UpdatePlatform(Registrations registrations, GuardedHttpClient http, PlatformKeySets keySets, AdminAuditLog audit,
                          Event<RegistrationsChanged> changed) {
        this.registrations = registrations;
        this.http = http;
        this.keySets = keySets;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public PlatformRegistration update(Administrator by, UUID registrationId, PlatformEndpoints endpoints) {
        // An organisation's admin decides for the registrations of their organisation, attached ones included (V18).
        PlatformRegistration registration = registrations.find(registrationId).orElse(null);
        by.requireOrganisation(registration == null ? registrationId : registration.organisationId());
        if (registration == null) {
            throw new NotFound("no such registration");
        }
        new PlatformEndpointsPolicy(http.policy()).check(registration.issuer(), registration.clientId(), endpoints);
        keySets.forget(registration.jwksUri());
        registration.apply(endpoints, Instant.now());
        audit.record(by, registration.id(), "registration.update", registration.issuer() + " " + registration.clientId(), null);
        changed.fire(new RegistrationsChanged());
        return registration;
    }
}
