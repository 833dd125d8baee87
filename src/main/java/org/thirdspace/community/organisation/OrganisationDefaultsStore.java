package org.thirdspace.community.organisation;

import java.util.Optional;
import java.util.UUID;

/** Organisations' defaults; an organisation that never saved any has none (the tool's settings apply). */
public interface OrganisationDefaultsStore {

    Optional<OrganisationDefaults> find(UUID organisationId);

    void add(OrganisationDefaults defaults);
}
