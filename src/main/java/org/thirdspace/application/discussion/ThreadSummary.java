package org.thirdspace.application.discussion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A thread as lists show it. {@code unread} is true when something happened since the person last
 * read it. {@code hidden}: the moderators hid its opening post; then only its author and the
 * space's moderators get its title and author, everybody else null ones (the page shows a neutral
 * notice).
 * {@code authorPicture}: the picture the author's LMS sent, if any (null where the author is not named).
 */
public record ThreadSummary(UUID id, UUID spaceId, String title, UUID authorId, String authorName, String authorPicture, String audience,
                            boolean pinned, boolean seeded, boolean locked, Instant publishAt, Instant lastActivityAt,
                            int replyCount, List<TagView> tags, boolean unread, boolean hidden) {

    public record TagView(String name, String label) {
    }
}
