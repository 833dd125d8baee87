package org.thirdspace.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SoakTest {

    private static List<Soak.Minute> minutes(long firstHeapMb, long mbPerMinute, double firstP95, double p95PerMinute) {
        return IntStream.rangeClosed(1, 30).mapToObj(m -> new Soak.Minute(m, 6000, 0, firstP95 + p95PerMinute * (m - 1),
                (firstHeapMb + mbPerMinute * (m - 1)) << 20, 800L << 20)).toList();
    }

    @Test
    void aLiveHeapGrowingAMegabyteAMinuteIsALeakAndASteadyOneIsNot() {
        assertThat(Soak.judge(100, minutes(80, 1, 12, 0), 0).memoryFlat()).isFalse();
        Soak.Report steady = Soak.judge(100, minutes(80, 0, 12, 0), 0);
        assertThat(steady.memoryFlat()).isTrue();
        assertThat(steady.latencySteady()).isTrue();
    }

    @Test
    void aHeapThatShrinksOverTheSoakIsNoLeak() {
        assertThat(Soak.judge(100, minutes(130, -1, 12, 0), 0).memoryFlat()).isTrue();
    }

    @Test
    void aP95ThatGrowsByHalfFromTheFirstToTheLastFiveMinutesIsGrowingLatency() {
        Soak.Report report = Soak.judge(100, minutes(80, 0, 10, 0.2), 0);
        assertThat(report.latencySteady()).as("%.1f ms then %.1f ms", report.firstP95(), report.lastP95()).isFalse();
    }
}
