package org.thirdspace.application.roster;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A roster page listed these members of the course with access, each with the custom values the
 * listing carried for them (NRPS 2.0 §2.5, {@code message}; empty when it carried none), as a
 * launch carries them (LTI 1.3 §5.4.6).
 */
public record CourseMembersListed(UUID courseId, Map<UUID, Map<String, String>> custom, Instant at) {

    public CourseMembersListed {
        custom = Map.copyOf(custom);
    }
}
