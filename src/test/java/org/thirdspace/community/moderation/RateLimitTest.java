package org.thirdspace.community.moderation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final RateLimit tenAMinute = new RateLimit(10, Duration.ofMinutes(1));

    @Test
    void belowTheLimitThereIsNoWait() {
        assertThat(tenAMinute.retryAfter(9, NOW.minusSeconds(50), NOW)).isEmpty();
    }

    @Test
    void atTheLimitTheWaitEndsWhenTheOldestLeavesTheWindow() {
        assertThat(tenAMinute.retryAfter(10, NOW.minusSeconds(45), NOW)).contains(Duration.ofSeconds(15));
    }

    @Test
    void theWaitIsAtLeastOneSecond() {
        assertThat(tenAMinute.retryAfter(12, NOW.minusMillis(59_900), NOW)).contains(Duration.ofSeconds(1));
    }

    @Test
    void aLimitOfZeroIsOff() {
        assertThat(new RateLimit(0, Duration.ofMinutes(1)).retryAfter(1000, NOW, NOW)).isEmpty();
    }

    @Test
    void theWindowStartsOneWindowAgo() {
        assertThat(tenAMinute.windowStart(NOW)).isEqualTo(NOW.minusSeconds(60));
    }
}
