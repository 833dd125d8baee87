package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** When a person last read each thread, for the unread markers. */
public interface ReadMarkers {

    Map<UUID, Instant> lastRead(UUID personId, Collection<UUID> threadIds);

    void markRead(UUID personId, UUID threadId, Instant at);
}
