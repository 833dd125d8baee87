package org.thirdspace.application.organisation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An organisation's defaults as the console shows them. {@code conduct} is the text every space
 * without its own code shows ({@code conductBuiltIn}: the tool's built-in text, version 0);
 * {@code chosen} false: nobody saved defaults yet and the tool's settings apply.
 */
public record DefaultsView(UUID organisationId, String conduct, int conductVersion, boolean conductBuiltIn, int reportThreshold,
                           String digestDefault, String spaceCreation, boolean chosen, Instant updatedAt, String updatedBy) {

    static String digest(DefaultsInForce.InForce inForce) {
        return inForce.digestDefault().name().toLowerCase(Locale.ROOT);
    }
}
