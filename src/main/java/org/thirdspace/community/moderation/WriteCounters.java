package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * What a person wrote recently, counted where every node of a cluster sees the same count, for the
 * rate limits ({@link RateLimit}).
 */
public interface WriteCounters {

    /**
     * Holds the person's row until the transaction ends, so that two writes of one person (on any
     * node) are counted against their rate limit one after the other, never both before either.
     */
    void serialiseWritesOf(UUID personId);

    /** How many reports a person made since a time, and the oldest of them. */
    Recent reportsSince(UUID reporterId, Instant since);

    /** How many posts a person wrote since a time, and the oldest of them. */
    Recent postsSince(UUID authorId, Instant since);

    /** A count in a window and its oldest moment. */
    record Recent(long count, Instant oldest) {
    }
}
