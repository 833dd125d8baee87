package org.thirdspace.lti.services;

import java.time.Instant;

/**
 * A bearer token from a platform and the moment the tool stops using it (shortly before the
 * platform's {@code expires_in} runs out). {@link #toString()} never shows the value, so the token
 * cannot end up in a log by accident.
 */
public record AccessToken(String value, Instant useUntil) {

    public boolean usableAt(Instant now) {
        return now.isBefore(useUntil);
    }

    public String authorization() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[until " + useUntil + "]";
    }
}
