package org.thirdspace.community.grading;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipationRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

    @Test
    void theScoreIsTheConversationsUpToNOutOfN() {
        ParticipationRule rule = new ParticipationRule(3, null, null);
        assertThat(rule.score(0, NOW)).isEqualTo(new ParticipationRule.Score(0, 3, "Initialized", "Pending"));
        assertThat(rule.score(2, NOW)).isEqualTo(new ParticipationRule.Score(2, 3, "InProgress", "Pending"));
        assertThat(rule.score(3, NOW)).isEqualTo(new ParticipationRule.Score(3, 3, "Completed", "FullyGraded"));
        assertThat(rule.score(9, NOW)).isEqualTo(new ParticipationRule.Score(3, 3, "Completed", "FullyGraded"));
    }

    @Test
    void afterThePeriodWhatWasReachedIsFinal() {
        ParticipationRule rule = new ParticipationRule(3, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-08T00:00:00Z"));
        assertThat(rule.score(1, NOW)).isEqualTo(new ParticipationRule.Score(1, 3, "Submitted", "FullyGraded"));
    }

    @Test
    void nMustBeBetweenOneAndAHundredAndThePeriodMustEndAfterItStarts() {
        assertThatThrownBy(() -> new ParticipationRule(0, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParticipationRule(101, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParticipationRule(2, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
