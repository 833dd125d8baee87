package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Threads, posts, reactions and read markers. */
public interface Discussions {

    Optional<Thread> thread(UUID threadId);

    Optional<Post> post(UUID postId);

    /** Threads by id (those that exist), for lists that name many. */
    Map<UUID, Thread> threads(Collection<UUID> threadIds);

    /** Posts by id (those that exist), for lists that name many. */
    Map<UUID, Post> posts(Collection<UUID> postIds);

    void add(Thread thread);

    void add(Post post);

    void add(PostRevision revision);

    void add(AudienceRequest request);

    void add(AudienceChange change);

    /** Records whom a post mentions (as resolved when it was written), replacing what was recorded before. */
    void recordMentions(UUID postId, Set<UUID> people);

    /** Whom each post mentions, as recorded. */
    Map<UUID, Set<UUID>> mentions(Collection<UUID> postIds);

    /** The changes of a thread's audience, oldest first. */
    List<AudienceChange> audienceChanges(UUID threadId);

    /** The posts of a thread in the order they were written. */
    List<Post> posts(UUID threadId, int limit);

    List<Thread> pinned(UUID spaceId, Viewer viewer, Instant now);

    /** Published seeded topics, newest first. */
    List<Thread> starters(UUID spaceId, Viewer viewer, Instant now, int limit);

    /** Seeded topics not published yet (facilitators only). */
    List<Thread> scheduled(UUID spaceId, Instant now);

    /** Unpinned published threads, newest first, strictly after the cursor. */
    List<Thread> latest(UUID spaceId, Viewer viewer, Instant now, FeedCursor after, int limit);

    Map<UUID, Instant> lastRead(UUID personId, Collection<UUID> threadIds);

    void markRead(UUID personId, UUID threadId, Instant at);

    void react(UUID postId, UUID personId, ReactionKind kind, Instant now);

    void unreact(UUID postId, UUID personId, ReactionKind kind);

    Map<UUID, Map<ReactionKind, Integer>> reactions(Collection<UUID> postIds);

    Map<UUID, Set<ReactionKind>> reactionsBy(UUID personId, Collection<UUID> postIds);

    List<PostRevision> revisions(UUID postId);

    Optional<AudienceRequest> openRequest(UUID threadId);

    Optional<AudienceRequest> request(UUID requestId);

    /** Posts of others in a thread that are not shared beyond its space yet. */
    List<Post> unsharedReplies(UUID threadId);

    /** What a person wrote that the viewer may see, newest first. */
    List<PostSummary> postsBy(UUID authorId, Viewer viewer, Instant now, int limit);

    /** Threads with the tag the viewer may see, newest first. */
    List<Thread> tagged(UUID tagId, Viewer viewer, Instant now, int limit);

    /**
     * The organisation's tags whose name starts with {@code prefix} that the viewer can see on at
     * least one thread (one not hidden from them by the moderators), by name.
     */
    List<org.thirdspace.community.tag.Tags.Label> visibleTags(Viewer viewer, String prefix, Instant now, int limit);

    /** Whether the viewer can see the tag on at least one thread (one not hidden from them by the moderators). */
    boolean seesTag(UUID tagId, Viewer viewer, Instant now);

    /** People who write visible threads with the tag, most recent first. */
    List<UUID> writersOf(UUID tagId, Viewer viewer, Instant now, int limit);

    /** Full-text search over visible threads and posts, newest first. */
    List<PostSummary> search(SearchQuery query, Viewer viewer, Instant now);

    /** Of these threads, those whose opening post the moderators have hidden (and nobody deleted). */
    Set<UUID> withHiddenOpening(Collection<UUID> threadIds);
}
