package org.thirdspace.community.moderation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.community.moderation.ModerationState.DISMISSED;
import static org.thirdspace.community.moderation.ModerationState.ESCALATED;
import static org.thirdspace.community.moderation.ModerationState.PENDING;
import static org.thirdspace.community.moderation.ModerationState.UPHELD;

/** Every pair of states: the five legal transitions move the case and record a step; every other pair is refused. */
class ModerationCaseTest {

    static final Set<List<ModerationState>> LEGAL = Set.of(
            List.of(PENDING, UPHELD), List.of(PENDING, DISMISSED), List.of(PENDING, ESCALATED),
            List.of(ESCALATED, UPHELD), List.of(ESCALATED, DISMISSED));

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final PostSnapshot POST = new PostSnapshot(2, "what it said then");

    record Pair(ModerationState from, ModerationState to) {
        boolean legal() {
            return LEGAL.contains(List.of(from, to));
        }

        @Override
        public String toString() {
            return from + " → " + to + (legal() ? " (legal)" : " (illegal)");
        }
    }

    static Stream<Pair> everyPair() {
        List<Pair> pairs = new ArrayList<>();
        for (ModerationState from : ModerationState.values()) {
            for (ModerationState to : ModerationState.values()) {
                pairs.add(new Pair(from, to));
            }
        }
        return pairs.stream();
    }

    /** A case brought to {@code state} along legal transitions. */
    static ModerationCase caseIn(ModerationState state) {
        ModerationCase c = new ModerationCase(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), CaseOrigin.REPORTS, T0);
        switch (state) {
            case PENDING -> { }
            case ESCALATED -> c.decide(ESCALATED, UUID.randomUUID(), "needs an admin", POST, T0);
            default -> c.decide(state, UUID.randomUUID(), "decided", POST, T0);
        }
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPair")
    void aCaseMovesOnlyAlongTheLegalTransitions(Pair pair) {
        ModerationCase c = caseIn(pair.from());
        UUID moderator = UUID.randomUUID();
        Instant later = T0.plusSeconds(60);
        if (pair.legal()) {
            ModerationStep step = c.decide(pair.to(), moderator, "because", POST, later);
            assertThat(c.state()).isEqualTo(pair.to());
            assertThat(c.updatedAt()).isEqualTo(later);
            assertThat(step.fromState()).isEqualTo(pair.from());
            assertThat(step.toState()).isEqualTo(pair.to());
            assertThat(step.kind().name()).isEqualTo(pair.to().name());
            assertThat(step.actorId()).isEqualTo(moderator);
            assertThat(step.reason()).isEqualTo("because");
            assertThat(step.content()).isEqualTo("what it said then");
            assertThat(step.postVersion()).isEqualTo(2);
            assertThat(step.takenAt()).isEqualTo(later);
        } else {
            assertThatThrownBy(() -> c.decide(pair.to(), moderator, "because", POST, later)).isInstanceOf(IllegalTransition.class);
            assertThat(c.state()).isEqualTo(pair.from());
            assertThat(c.updatedAt()).isEqualTo(T0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPair")
    void theStateKnowsTheSameTransitions(Pair pair) {
        assertThat(pair.from().mayMoveTo(pair.to())).isEqualTo(pair.legal());
    }

    @org.junit.jupiter.api.Test
    void openCasesTakeNotesAndClosedCasesRefuseThem() {
        ModerationCase open = caseIn(PENDING);
        ModerationStep note = open.note(StepKind.REVIEW_REQUESTED, open.authorId(), "I rewrote it", POST, T0.plusSeconds(5));
        assertThat(note.fromState()).isEqualTo(PENDING);
        assertThat(note.toState()).isEqualTo(PENDING);
        assertThat(open.reviewRequestedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(caseIn(ESCALATED).note(StepKind.NOTE_SENT, UUID.randomUUID(), "a note", POST, T0).kind()).isEqualTo(StepKind.NOTE_SENT);
        for (ModerationState closed : List.of(UPHELD, DISMISSED)) {
            assertThatThrownBy(() -> caseIn(closed).note(StepKind.HIDDEN, null, "late", POST, T0)).isInstanceOf(IllegalTransition.class);
        }
    }

    @org.junit.jupiter.api.Test
    void theFirstStepRecordsWhatThePostSaidWhenTheCaseOpened() {
        ModerationCase c = caseIn(PENDING);
        ModerationStep opened = c.opened(null, "watch-list term: x", POST);
        assertThat(opened.kind()).isEqualTo(StepKind.OPENED);
        assertThat(opened.actorId()).isNull();
        assertThat(opened.content()).isEqualTo("what it said then");
        assertThat(opened.caseId()).isEqualTo(c.id());
        assertThat(opened.position()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void stepsAreNumberedInTheOrderTheyHappenEvenWithinOneInstant() {
        ModerationCase c = caseIn(PENDING);
        List<Integer> positions = List.of(c.opened(null, "reported", POST), c.note(StepKind.REPORTED, UUID.randomUUID(), "SPAM", POST, T0),
                c.note(StepKind.HIDDEN, null, "threshold", POST, T0), c.decide(UPHELD, UUID.randomUUID(), "spam", POST, T0))
                .stream().map(ModerationStep::position).toList();
        assertThat(positions).containsExactly(1, 2, 3, 4);
    }
}
