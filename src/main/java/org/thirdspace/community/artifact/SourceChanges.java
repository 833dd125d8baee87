package org.thirdspace.community.artifact;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * When source threads last changed in a way that may make an artifact built on them out of date:
 * a new reply, an edit (of a post or the thread), or moderation (a post hidden or deleted, the
 * thread locked, moved or retitled).
 */
public interface SourceChanges {

    /** The latest such change per thread (threads that do not exist are absent). */
    Map<UUID, Instant> lastChanges(Collection<UUID> threadIds);
}
