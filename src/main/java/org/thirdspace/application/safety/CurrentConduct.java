package org.thirdspace.application.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.moderation.Conducts;

import java.util.UUID;

/** The code of conduct that applies in a space: its own override, else the organisation's, else the built-in text. */
@ApplicationScoped
public class CurrentConduct {

    private Conducts conducts;

    protected CurrentConduct() {
    }

    @Inject
    public CurrentConduct(Conducts conducts) {
        this.conducts = conducts;
    }

    public Conduct of(UUID organisationId, UUID spaceId) {
        return conducts.latest(spaceId).or(() -> conducts.latest(organisationId)).map(ConductVersion::conduct)
                .orElseGet(() -> Conduct.builtIn(organisationId));
    }

    public Conduct ofOrganisation(UUID organisationId) {
        return conducts.latest(organisationId).map(ConductVersion::conduct).orElseGet(() -> Conduct.builtIn(organisationId));
    }

    public boolean accepted(UUID organisationId, UUID spaceId, UUID personId) {
        Conduct current = of(organisationId, spaceId);
        return conducts.accepted(spaceId, personId, current.scopeId(), current.version());
    }
}
