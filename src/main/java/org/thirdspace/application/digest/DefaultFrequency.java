package org.thirdspace.application.digest;

import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.config.ToolSettings;

/** The frequency of people who chose none: the configured one, weekly when it names no frequency. */
final class DefaultFrequency {

    private DefaultFrequency() {
    }

    static DigestFrequency of(ToolSettings settings) {
        return DigestFrequency.of(settings.digestDefault()).orElse(DigestFrequency.WEEKLY);
    }
}
