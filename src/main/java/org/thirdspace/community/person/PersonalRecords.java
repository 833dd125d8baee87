package org.thirdspace.community.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the community holds about one person beyond their {@link Person} row: read for the person's
 * data export (their right of access and to portability), removed when they are erased.
 */
public interface PersonalRecords {

    /** Everything the person did or chose, for their export. */
    PersonalHistory history(UUID personId);

    /**
     * Removes the person's private data: their card, notifications, follows, read markers, mutes
     * and blocks, the custom values their LMS sent about them, their course-group places, the
     * grades not yet sent for them, and their digest preference and the digests sent to them.
     * What they wrote for others (posts, reactions, reports, consents) stays, under the erased
     * person's name. Inside the caller's transaction.
     */
    void forget(UUID personId);

    /**
     * People, of every organisation, not erased, whose last launch (or, never launched, their
     * arrival) is before {@code cutoff}: the retention setting's candidates, oldest first.
     */
    List<PersonRef> dormantSince(Instant cutoff, int limit);

    /** A person and their organisation. */
    record PersonRef(UUID organisationId, UUID personId) {
    }
}
