package org.thirdspace.application.grading;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.grading.Participation;
import org.thirdspace.community.grading.ScoreInputs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which graded links a tick scores: those whose inputs changed since this node scored them. */
class ScheduledGradeDeliveriesTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-01T09:00:00Z");

    private final Map<UUID, ScoreInputs> graded = new HashMap<>();
    private final List<UUID> scored = new ArrayList<>();
    private UUID failing;

    private final QueueParticipationGrades queue = new QueueParticipationGrades() {
        @Override
        public int queue(UUID linkId) {
            if (linkId.equals(failing)) {
                throw new IllegalStateException("database gone");
            }
            scored.add(linkId);
            return 0;
        }
    };

    private final Participation participation = new Participation() {
        @Override
        public List<Learner> learners(UUID courseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<UUID, Long> conversations(UUID spaceId, Instant from, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<UUID, ScoreInputs> gradedLinks() {
            return Map.copyOf(graded);
        }
    };

    private final ScheduledGradeDeliveries deliveries = new ScheduledGradeDeliveries(null, queue, null, null, participation);

    private static ScoreInputs withPosts(long posts) {
        return new ScoreInputs(WRITTEN, null, posts, 0, WRITTEN, 250, WRITTEN);
    }

    @Test
    void aGradedLinkIsScoredOnceWhileNothingChangesAndAgainAfterAPost() {
        UUID link = UUID.randomUUID();
        graded.put(link, withPosts(10));

        deliveries.queueChangedScores();
        deliveries.queueChangedScores();
        deliveries.queueChangedScores();
        assertThat(scored).containsExactly(link);

        graded.put(link, withPosts(11));
        deliveries.queueChangedScores();
        deliveries.queueChangedScores();
        assertThat(scored).containsExactly(link, link);
    }

    @Test
    void aLinkTurnedOnLaterIsScoredAtItsFirstTickWithoutScoringTheOthersAgain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        graded.put(first, withPosts(10));
        deliveries.queueChangedScores();

        graded.put(second, withPosts(3));
        deliveries.queueChangedScores();

        assertThat(scored).containsExactly(first, second);
    }

    @Test
    void aLinkWhoseScoringFailedIsScoredAgainAtTheNextTick() {
        UUID link = UUID.randomUUID();
        graded.put(link, withPosts(10));
        failing = link;
        assertThatThrownBy(deliveries::queueChangedScores).isInstanceOf(IllegalStateException.class);

        failing = null;
        deliveries.queueChangedScores();

        assertThat(scored).containsExactly(link);
    }
}
