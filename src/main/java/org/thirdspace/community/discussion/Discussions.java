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

    Optional<DiscussionThread> thread(UUID threadId);

    Optional<Post> post(UUID postId);

    void add(DiscussionThread thread);

    void add(Post post);

    void add(PostRevision revision);

    void add(AudienceRequest request);

    /** The posts of a thread in the order they were written. */
    List<Post> posts(UUID threadId, int limit);

    List<DiscussionThread> pinned(UUID spaceId, Viewer viewer, Instant now);

    /** Published seeded topics, newest first. */
    List<DiscussionThread> starters(UUID spaceId, Viewer viewer, Instant now, int limit);

    /** Seeded topics not published yet (facilitators only). */
    List<DiscussionThread> scheduled(UUID spaceId, Instant now);

    /** Unpinned published threads, newest first, strictly after the cursor. */
    List<DiscussionThread> latest(UUID spaceId, Viewer viewer, Instant now, FeedCursor after, int limit);

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
    List<DiscussionThread> tagged(UUID tagId, Viewer viewer, Instant now, int limit);

    /** People who write visible threads with the tag, most recent first. */
    List<UUID> writersOf(UUID tagId, Viewer viewer, Instant now, int limit);

    /** Full-text search over visible threads and posts, newest first. */
    List<PostSummary> search(SearchQuery query, Viewer viewer, Instant now);

    /** Of these threads, those whose opening post the moderators have hidden (and nobody deleted). */
    Set<UUID> withHiddenOpening(Collection<UUID> threadIds);
}
