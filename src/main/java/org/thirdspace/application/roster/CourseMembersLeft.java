package org.thirdspace.application.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A roster sync found that these people left the course in the LMS (listed Inactive or Deleted, or
 * absent from a complete listing): their course membership lost its access in the transaction that
 * fires this, so observers that take them out of what the course gave them do so in the same one.
 */
public record CourseMembersLeft(UUID courseId, List<UUID> personIds, Instant at) {

    public CourseMembersLeft {
        personIds = List.copyOf(personIds);
    }
}
