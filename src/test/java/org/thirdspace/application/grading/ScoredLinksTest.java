package org.thirdspace.application.grading;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.grading.ScoreInputs;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScoredLinksTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID LINK = UUID.randomUUID();

    private final ScoredLinks links = new ScoredLinks();

    private static ScoreInputs inputs(long posts, Instant periodEnd) {
        return new ScoreInputs(T0.minusSeconds(3600), periodEnd, posts, 0, T0.minusSeconds(60), 250, T0.minusSeconds(600));
    }

    @Test
    void aLinkNeverScoredIsDue() {
        assertThat(links.due(LINK, inputs(10, null), T0)).isTrue();
    }

    @Test
    void aLinkWhoseInputsDidNotChangeIsNotScoredAgainWithinTheHour() {
        links.scored(LINK, inputs(10, null), T0);

        assertThat(links.due(LINK, inputs(10, null), T0.plusSeconds(5))).isFalse();
        assertThat(links.due(LINK, inputs(10, null), T0.plus(ScoredLinks.AT_LEAST_EVERY).minusSeconds(1))).isFalse();
    }

    @Test
    void anyChangeToTheInputsMakesItDue() {
        ScoreInputs before = inputs(10, null);
        links.scored(LINK, before, T0);

        assertThat(links.due(LINK, inputs(11, null), T0.plusSeconds(5))).as("a post").isTrue();
        assertThat(links.due(LINK, new ScoreInputs(before.settingChanged(), null, 10, 1, before.lastPost(), 250,
                before.lastMembershipChange()), T0.plusSeconds(5))).as("a deletion").isTrue();
        assertThat(links.due(LINK, new ScoreInputs(before.settingChanged(), null, 10, 0, before.lastPost(), 250,
                T0.plusSeconds(2)), T0.plusSeconds(5))).as("a role changed").isTrue();
        assertThat(links.due(LINK, new ScoreInputs(T0.plusSeconds(1), null, 10, 0, before.lastPost(), 250,
                before.lastMembershipChange()), T0.plusSeconds(5))).as("the setting saved again").isTrue();
    }

    @Test
    void theEndOfThePeriodPassingMakesItDueOnce() {
        Instant end = T0.plusSeconds(30);
        links.scored(LINK, inputs(10, end), T0);

        assertThat(links.due(LINK, inputs(10, end), end.minusSeconds(1))).isFalse();
        assertThat(links.due(LINK, inputs(10, end), end)).isTrue();

        links.scored(LINK, inputs(10, end), end.plusSeconds(1));
        assertThat(links.due(LINK, inputs(10, end), end.plusSeconds(6))).as("scored after the end already").isFalse();
    }

    @Test
    void everyLinkIsScoredAgainAfterAnHourWhateverItsInputs() {
        links.scored(LINK, inputs(10, null), T0);

        assertThat(links.due(LINK, inputs(10, null), T0.plus(ScoredLinks.AT_LEAST_EVERY))).isTrue();
    }

    @Test
    void aLinkNoLongerGradedIsForgotten() {
        links.scored(LINK, inputs(10, null), T0);

        links.keepOnly(Set.of());

        assertThat(links.due(LINK, inputs(10, null), T0.plusSeconds(5))).isTrue();
    }
}
