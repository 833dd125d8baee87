package org.thirdspace.community.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code limit} actions of one person within a sliding {@code window}. The count comes
 * from rows in the database (posts, reports), so the limit holds on every node of a cluster.
 */
public record RateLimit(int limit, Duration window) {

    /** When the next action may be taken, or empty when it may be taken now (a limit of 0 is off). */
    public Optional<Duration> retryAfter(long countInWindow, Instant oldestInWindow, Instant now) {
        if (limit <= 0 || countInWindow < limit) {
            return Optional.empty();
        }
        Duration wait = oldestInWindow == null ? window : Duration.between(now, oldestInWindow.plus(window));
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
