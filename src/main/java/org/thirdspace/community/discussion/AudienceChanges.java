package org.thirdspace.community.discussion;

import java.util.List;
import java.util.UUID;

/** The history of threads' audiences: every widening and narrowing. */
public interface AudienceChanges {

    void add(AudienceChange change);

    /** A thread's changes, oldest first. */
    List<AudienceChange> of(UUID threadId);
}
