package org.thirdspace.community.discussion;

import java.util.Collection;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Posts (a thread's opening post and its replies) and their earlier versions. */
public interface Posts {

    Optional<Post> post(UUID postId);

    /** Posts by id (those that exist), for lists that name many. */
    Map<UUID, Post> byIds(Collection<UUID> postIds);

    void add(Post post);

    void add(PostRevision revision);

    /** The posts of a thread in the order they were written. */
    List<Post> posts(UUID threadId, int limit);

    List<PostRevision> revisions(UUID postId);

    /** Posts of others in a thread that are not shared beyond its space yet. */
    List<Post> unsharedReplies(UUID threadId);

    /** What a person wrote that the viewer may see, newest first. */
    List<PostSummary> postsBy(UUID authorId, Viewer viewer, Instant now, int limit);
}
