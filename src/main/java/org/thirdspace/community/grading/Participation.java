package org.thirdspace.community.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The evidence the participation rule reads (port). */
public interface Participation {

    /** A course's active learners (a learner role and no teaching role) and their LMS user ids. */
    List<Learner> learners(UUID courseId);

    /**
     * Per author: how many conversations of the space they started or replied to in the period
     * (each conversation once; deleted posts do not count). Null bounds are open.
     */
    Map<UUID, Long> conversations(UUID spaceId, Instant from, Instant until);

    /**
     * For every link with grading on, what its scores are computed from ({@link ScoreInputs}): read
     * at every grade tick, so that a link whose inputs did not change is not scored again.
     */
    Map<UUID, ScoreInputs> gradedLinks();

    record Learner(UUID personId, String subject, String name) {
    }
}
