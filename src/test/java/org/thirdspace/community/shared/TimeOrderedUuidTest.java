package org.thirdspace.community.shared;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedUuidTest {

    @Test
    void isVersion7WithTheRfcVariantAndUnique() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = TimeOrderedUuid.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void laterIdsSortAfterEarlierOnes() throws InterruptedException {
        UUID first = TimeOrderedUuid.next();
        Thread.sleep(2);
        UUID second = TimeOrderedUuid.next();
        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();
    }
}
