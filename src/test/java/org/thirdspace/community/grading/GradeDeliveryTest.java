package org.thirdspace.community.grading;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GradeDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-05-10T12:00:00.123456Z");
    private static final ParticipationRule.Score ONE = new ParticipationRule.Score(1, 3, "InProgress", "Pending");
    private static final ParticipationRule.Score TWO = new ParticipationRule.Score(2, 3, "InProgress", "Pending");

    private static GradeDelivery delivery() {
        return new GradeDelivery(UUID.randomUUID(), UUID.randomUUID(), "sub-1", ONE, NOW);
    }

    @Test
    void timestampsHaveMillisecondsAndIncreaseStrictlyEvenWhenTheClockDoesNot() {
        GradeDelivery delivery = delivery();
        Instant first = delivery.nextTimestamp(NOW, false);
        assertThat(first).isEqualTo(Instant.parse("2026-05-10T12:00:00.123Z"));
        Instant second = delivery.nextTimestamp(NOW, false);
        assertThat(second).isAfter(first);
        Instant earlierClock = delivery.nextTimestamp(NOW.minusSeconds(30), false);
        assertThat(earlierClock).isAfter(second);
        // 409: the LMS holds a later one; the next jumps a second ahead.
        assertThat(delivery.nextTimestamp(NOW, true)).isAfterOrEqualTo(earlierClock.plusSeconds(1));
    }

    @Test
    void aPassingProblemIsRetriedWithWaitsThatDoubleUpToAnHour() {
        GradeDelivery delivery = delivery();
        delivery.failed(GradeProblem.PLATFORM_UNAVAILABLE, 503, NOW);
        assertThat(delivery.state()).isEqualTo(GradeState.RETRYING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(GradeDelivery.FIRST_WAIT));
        delivery.failed(GradeProblem.TIMED_OUT, null, NOW);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(GradeDelivery.FIRST_WAIT.multipliedBy(2)));
        assertThat(GradeDelivery.wait(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRefusalWaitsForAChangeOfScoreOrSetting() {
        GradeDelivery delivery = delivery();
        delivery.failed(GradeProblem.UNAUTHORIZED, 401, NOW);
        assertThat(delivery.state()).isEqualTo(GradeState.FAILED);
        assertThat(delivery.offer(ONE, NOW)).isFalse();
        assertThat(delivery.state()).isEqualTo(GradeState.FAILED);
        delivery.retryRefused(NOW);
        assertThat(delivery.state()).isEqualTo(GradeState.PENDING);
        delivery.failed(GradeProblem.UNAUTHORIZED, 401, NOW);
        assertThat(delivery.offer(TWO, NOW)).isTrue();
        assertThat(delivery.state()).isEqualTo(GradeState.PENDING);
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void theSameScoreIsNotSentTwice() {
        GradeDelivery delivery = delivery();
        delivery.sent(NOW);
        assertThat(delivery.offer(ONE, NOW)).isFalse();
        assertThat(delivery.state()).isEqualTo(GradeState.SENT);
        assertThat(delivery.offer(TWO, NOW)).isTrue();
    }
}
