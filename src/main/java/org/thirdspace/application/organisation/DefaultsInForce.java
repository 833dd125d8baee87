package org.thirdspace.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.OrganisationDefaultsStore;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.config.ToolSettings;

import java.util.UUID;

/**
 * The defaults that apply in an organisation right now: what its administrators chose, else the
 * tool's settings (the report threshold and digest frequency configured for the installation, and
 * instructors and admins starting spaces, as before organisations could choose).
 */
@ApplicationScoped
public class DefaultsInForce {

    private OrganisationDefaultsStore store;
    private ToolSettings settings;

    protected DefaultsInForce() {
    }

    @Inject
    public DefaultsInForce(OrganisationDefaultsStore store, ToolSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** {@code chosen}: the organisation saved its own; false while the tool's settings apply. */
    public record InForce(int reportThreshold, DigestFrequency digestDefault, SpaceCreation spaceCreation, boolean chosen) {
    }

    public InForce of(UUID organisationId) {
        return store.find(organisationId).map(OrganisationDefaults::choice)
                .map(c -> new InForce(c.reportThreshold(), c.digestDefault(), c.spaceCreation(), true))
                .orElseGet(this::tool);
    }

    public InForce tool() {
        return new InForce(settings.reportThreshold(), DigestFrequency.of(settings.digestDefault()).orElse(DigestFrequency.WEEKLY),
                SpaceCreation.INSTRUCTORS_AND_ADMINS, false);
    }
}
