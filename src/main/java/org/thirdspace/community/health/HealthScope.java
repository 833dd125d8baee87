package org.thirdspace.community.health;

import java.util.Objects;
import java.util.UUID;

/** The organisation, or one of its spaces. */
public record HealthScope(UUID organisationId, UUID spaceId) {

    public HealthScope {
        Objects.requireNonNull(organisationId);
    }

    public boolean wholeOrganisation() {
        return spaceId == null;
    }
}
