package org.thirdspace.community.health;

import java.time.Instant;

/** The instants {@code [from, to)}. */
public record Period(Instant from, Instant to) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
