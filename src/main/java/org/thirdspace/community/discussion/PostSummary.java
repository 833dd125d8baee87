package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.UUID;

/** A post as lists show it: where it is, who wrote it, when, and a piece of its text. */
public record PostSummary(UUID postId, UUID threadId, String threadTitle, UUID spaceId, UUID authorId, Instant createdAt,
                          String text) {
}
