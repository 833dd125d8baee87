package org.thirdspace.community.health;

import java.time.Instant;
import java.util.UUID;

/** When a person first posted in the scope, and when they posted next (null: not again). */
public record ContributorPosts(UUID personId, Instant first, Instant second) {
}
