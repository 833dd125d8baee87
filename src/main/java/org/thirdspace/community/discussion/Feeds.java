package org.thirdspace.community.discussion;

import org.thirdspace.community.tag.Tags;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The threads a viewer may see, in the orders the pages show them: a space's feed, a tag's hub. */
public interface Feeds {

    List<DiscussionThread> pinned(UUID spaceId, Viewer viewer, Instant now);

    /** Published seeded topics, newest first. */
    List<DiscussionThread> starters(UUID spaceId, Viewer viewer, Instant now, int limit);

    /** Seeded topics not published yet (facilitators only). */
    List<DiscussionThread> scheduled(UUID spaceId, Instant now);

    /** Unpinned published threads, newest first, strictly after the cursor. */
    List<DiscussionThread> latest(UUID spaceId, Viewer viewer, Instant now, FeedCursor after, int limit);

    /** Threads with the tag the viewer may see, newest first. */
    /** A peer group's published threads (kept for the group, or shared up from it), newest first; for its members. */
    List<DiscussionThread> ofPeerGroup(UUID peerGroupId, Instant now, int limit);

    List<DiscussionThread> tagged(UUID tagId, Viewer viewer, Instant now, int limit);

    /**
     * The organisation's tags whose name starts with {@code prefix} that the viewer sees on at least
     * one thread (one not hidden from them by the moderators), by name.
     */
    List<Tags.Label> visibleTags(Viewer viewer, String prefix, Instant now, int limit);

    /** Whether the viewer sees the tag on at least one thread (one not hidden from them by the moderators). */
    boolean seesTag(UUID tagId, Viewer viewer, Instant now);

    /** People who write visible threads with the tag, most recent first. */
    List<UUID> writersOf(UUID tagId, Viewer viewer, Instant now, int limit);
}
