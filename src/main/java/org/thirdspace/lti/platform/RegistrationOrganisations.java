package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.organisation.Organisation;
import org.thirdspace.community.organisation.Organisations;

import java.util.Optional;
import java.util.UUID;

/** Each platform registration is an organisation, named as the admin named the registration. */
@ApplicationScoped
public class RegistrationOrganisations implements Organisations {

    @Inject
    RegistrationCache registrations;

    @Override
    public Optional<Organisation> find(UUID id) {
        return registrations.find(id).map(r -> new Organisation(r.id(), r.displayName()));
    }
}
