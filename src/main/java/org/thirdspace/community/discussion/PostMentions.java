package org.thirdspace.community.discussion;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whom each post mentions, as the server resolved it when the post was written: what a mention is
 * rendered from (never the text around it).
 */
public interface PostMentions {

    /** Records whom a post mentions, replacing what was recorded before (an edit). */
    void record(UUID postId, Set<UUID> people);

    /** Whom each of these posts mentions. */
    Map<UUID, Set<UUID>> of(Collection<UUID> postIds);
}
