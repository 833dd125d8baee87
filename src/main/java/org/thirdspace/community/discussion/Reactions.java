package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Members' reactions to posts (helpful, insightful, thanks): counted per post, never ranked. */
public interface Reactions {

    void react(UUID postId, UUID personId, ReactionKind kind, Instant now);

    void unreact(UUID postId, UUID personId, ReactionKind kind);

    Map<UUID, Map<ReactionKind, Integer>> reactions(Collection<UUID> postIds);

    Map<UUID, Set<ReactionKind>> reactionsBy(UUID personId, Collection<UUID> postIds);
}
