package org.thirdspace.community.digest;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How often a person receives a digest by e-mail. */
public enum DigestFrequency {
    WEEKLY(7), DAILY(1), OFF(0);

    private final int days;

    DigestFrequency(int days) {
        this.days = days;
    }

    /** The period one digest covers, in digest days (a day lasts as long as the settings say). */
    public Duration period(Duration day) {
        return day.multipliedBy(days);
    }

    public boolean sends() {
        return this != OFF;
    }

    public static Optional<DigestFrequency> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (DigestFrequency frequency : values()) {
            if (frequency.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
