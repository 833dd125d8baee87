package org.thirdspace.community.health;

import java.time.Instant;
import java.util.UUID;

/** A thread started in the period, and when someone other than its author first replied (null: nobody yet). */
public record ThreadResponse(UUID threadId, Instant startedAt, Instant firstResponseAt) {
}
