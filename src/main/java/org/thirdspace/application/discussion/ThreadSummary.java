package org.thirdspace.application.discussion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A thread as lists show it. {@code unread} is true when something happened since the person last read it. */
public record ThreadSummary(UUID id, UUID spaceId, String title, UUID authorId, String authorName, String audience,
                            boolean pinned, boolean seeded, boolean locked, Instant publishAt, Instant lastActivityAt,
                            int replyCount, List<TagView> tags, boolean unread) {

    public record TagView(String name, String label) {
    }
}
