package org.thirdspace.community.discussion;

import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Discussion threads. */
public interface Threads {

    Optional<DiscussionThread> thread(UUID threadId);

    /** Threads by id (those that exist), for lists that name many. */
    Map<UUID, DiscussionThread> byIds(Collection<UUID> threadIds);

    void add(DiscussionThread thread);

    /** Of these threads, those whose opening post the moderators have hidden (and nobody deleted). */
    Set<UUID> withHiddenOpening(Collection<UUID> threadIds);
}
