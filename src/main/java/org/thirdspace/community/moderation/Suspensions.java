package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Members' suspensions from writing in a space. */
public interface Suspensions {

    void add(Suspension suspension);

    Optional<Suspension> activeSuspension(UUID spaceId, UUID personId, Instant now);

    Optional<Suspension> suspension(UUID suspensionId);

    List<Suspension> activeSuspensions(UUID spaceId, Instant now);
}
