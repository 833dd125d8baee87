package org.thirdspace.community.organisation;

import org.thirdspace.community.digest.DigestFrequency;

/** The values of an organisation's defaults, valid by construction (see {@link DefaultsForm}). */
public record DefaultsChoice(int reportThreshold, DigestFrequency digestDefault, SpaceCreation spaceCreation) {

    public DefaultsChoice {
        if (reportThreshold < OrganisationDefaults.MIN_REPORT_THRESHOLD || reportThreshold > OrganisationDefaults.MAX_REPORT_THRESHOLD
                || digestDefault == null || spaceCreation == null) {
            throw new IllegalArgumentException("defaults out of range");
        }
    }
}
