package org.thirdspace.application.digest;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryLaterTest {

    @Test
    void theWaitDoublesWithEachFailureUpToADay() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(RetryLater.wait(minute, 0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryLater.wait(minute, 1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryLater.wait(minute, 3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RetryLater.wait(minute, 11)).isEqualTo(Duration.ofDays(1));
        assertThat(RetryLater.wait(minute, 400)).isEqualTo(Duration.ofDays(1));
    }
}
