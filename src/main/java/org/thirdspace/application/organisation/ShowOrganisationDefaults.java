package org.thirdspace.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.safety.CurrentConduct;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.OrganisationDefaultsStore;
import org.thirdspace.community.organisation.Organisations;

import java.util.Optional;
import java.util.UUID;

/** An administrator reads their organisation's defaults (the operator any organisation's). */
@ApplicationScoped
public class ShowOrganisationDefaults {

    private OrganisationDefaultsStore store;
    private DefaultsInForce inForce;
    private CurrentConduct conduct;
    private Organisations organisations;

    protected ShowOrganisationDefaults() {
    }

    @Inject
    public ShowOrganisationDefaults(OrganisationDefaultsStore store, DefaultsInForce inForce, CurrentConduct conduct,
                                    Organisations organisations) {
        this.store = store;
        this.inForce = inForce;
        this.conduct = conduct;
        this.organisations = organisations;
    }

    @Transactional
    public DefaultsView show(Administrator admin, UUID organisationId) {
        requireScope(admin, organisationId);
        requireExists(organisations, organisationId);
        Optional<OrganisationDefaults> saved = store.find(organisationId);
        DefaultsInForce.InForce now = inForce.of(organisationId);
        Conduct code = conduct.ofOrganisation(organisationId);
        return new DefaultsView(organisationId, code.body(), code.version(), code.version() == 0, now.reportThreshold(),
                DefaultsView.digest(now), now.spaceCreation().name(), now.chosen(),
                saved.map(OrganisationDefaults::updatedAt).orElse(null), saved.map(OrganisationDefaults::updatedBy).orElse(null));
    }

    /** The operator any organisation; an organisation admin their own (another one looks like nothing). */
    static void requireScope(Administrator admin, UUID organisationId) {
        if (organisationId == null) {
            throw new InvalidRequest("organisation", "organisation is required");
        }
        admin.requireOrganisation(organisationId);
    }

    /** The operator may name any organisation: one that does not exist has no defaults to show or change. */
    static void requireExists(Organisations organisations, UUID organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw new NotFound("no such organisation");
        }
    }
}
