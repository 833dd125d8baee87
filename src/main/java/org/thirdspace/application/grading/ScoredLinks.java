package org.thirdspace.application.grading;

import org.thirdspace.community.grading.ScoreInputs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node last scored each graded link from, and when: a link is scored again only when
 * its {@link ScoreInputs} changed, its period ended since, or {@link #AT_LEAST_EVERY} passed (for
 * what the summary does not see, e.g. a person's account turned active again). Scoring a link
 * reads every learner of its course and every score of the link; before this, every node did
 * that for every graded link at every tick (each 5 s), whether anything had happened or not.
 * Each node keeps its own: the scores are shared in the database, and whichever node sees a
 * change first queues the new score.
 */
final class ScoredLinks {

    static final Duration AT_LEAST_EVERY = Duration.ofHours(1);

    private record Scored(ScoreInputs inputs, Instant at) {
    }

    private final Map<UUID, Scored> scored = new ConcurrentHashMap<>();

    /** Whether the link's scores may differ from what it was last scored with. */
    boolean due(UUID linkId, ScoreInputs inputs, Instant now) {
        Scored last = scored.get(linkId);
        if (last == null || !last.inputs().equals(inputs) || !now.isBefore(last.at().plus(AT_LEAST_EVERY))) {
            return true;
        }
        Instant periodEnd = inputs.periodEnd();
        return periodEnd != null && last.at().isBefore(periodEnd) && !now.isBefore(periodEnd);
    }

    /**
     * The link was scored from {@code inputs}, read at {@code at}, before the scoring: whatever
     * changed after the read is in the next read's summary, so nothing can be missed.
     */
    void scored(UUID linkId, ScoreInputs inputs, Instant at) {
        scored.put(linkId, new Scored(inputs, at));
    }

    /** Forgets links whose grading was turned off (or whose link went): turned on again, they are scored at once. */
    void keepOnly(Set<UUID> graded) {
        scored.keySet().retainAll(graded);
    }
}
