package org.thirdspace.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mix at a steady, paced rate for a long while, sampled minute by minute: the live heap (used
 * after a full collection, see {@link ServerMemory#liveHeapBytes()}), the resident memory and the
 * p95 of that minute's requests. Memory is flat when the least-squares slope of the live heap adds
 * up over the whole soak to less than {@link #FLAT_MEMORY_BYTES} or 10 % of its mean; latency does
 * not grow when the p95 of the last five minutes (or last half of a shorter soak) is at
 * most {@link #LATENCY_GROWTH} times that of the first.
 */
final class Soak {

    static final long FLAT_MEMORY_BYTES = 16L << 20;
    static final double LATENCY_GROWTH = 1.25;

    record Minute(int minute, int requests, int errors, double p95, long liveHeapBytes, long rssBytes) {
    }

    record Report(double ratePerSecond, List<Minute> minutes, int errors, double heapSlopeBytesPerMinute, boolean memoryFlat,
                  int window, double firstP95, double lastP95, boolean latencySteady) {
    }

    private final MixedLoad load;
    private final ServerMemory memory;
    private final Duration duration;
    private final double ratePerSecond;

    Soak(MixedLoad load, ServerMemory memory, Duration duration, double ratePerSecond) {
        this.load = load;
        this.memory = memory;
        this.duration = duration;
        this.ratePerSecond = ratePerSecond;
    }

    Report run() throws InterruptedException {
        AtomicReference<LatencyRecorder> thisMinute = new AtomicReference<>(new LatencyRecorder());
        AtomicInteger minuteErrors = new AtomicInteger();
        List<Minute> minutes = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> {
            LatencyRecorder done = thisMinute.getAndSet(new LatencyRecorder());
            Minute minute = new Minute(minutes.size() + 1, done.count() + minuteErrors.get(), minuteErrors.getAndSet(0),
                    done.percentileMillis(95), memory.liveHeapBytes(), memory.rssBytes());
            synchronized (minutes) {
                minutes.add(minute);
            }
            System.out.printf("soak minute %d: %d requests, p95 %.1f ms, live heap %d MB, RSS %d MB%n", minute.minute(),
                    minute.requests(), minute.p95(), minute.liveHeapBytes() >> 20, minute.rssBytes() >> 20);
        }, 60, 60, TimeUnit.SECONDS);
        MixedLoad.Result result = load.run(duration.plusSeconds(1), ratePerSecond, (kind, nanos, ok) -> {
            if (ok) {
                thisMinute.get().record(nanos);
            } else {
                minuteErrors.incrementAndGet();
            }
        });
        clock.shutdownNow();
        clock.awaitTermination(10, TimeUnit.SECONDS);
        List<Minute> sampled;
        synchronized (minutes) {
            sampled = List.copyOf(minutes);
        }
        return judge(ratePerSecond, sampled, result.errors());
    }

    static Report judge(double rate, List<Minute> minutes, int errors) {
        List<Minute> withHeap = minutes.stream().filter(m -> m.liveHeapBytes() >= 0).toList();
        double slope = slope(withHeap);
        double meanHeap = withHeap.stream().mapToLong(Minute::liveHeapBytes).average().orElse(0);
        // Only growth is a leak: a heap that shrinks over the soak (start-up garbage collected late) is flat enough.
        boolean flat = slope * minutes.size() < Math.max(FLAT_MEMORY_BYTES, 0.1 * meanHeap);
        int window = Math.max(1, Math.min(5, minutes.size() / 2));
        double first = minutes.stream().limit(window).mapToDouble(Minute::p95).average().orElse(Double.NaN);
        double last = minutes.stream().skip(Math.max(0, minutes.size() - window)).mapToDouble(Minute::p95).average().orElse(Double.NaN);
        return new Report(rate, minutes, errors, slope, flat, window, first, last, last <= LATENCY_GROWTH * first);
    }

    /** Least-squares slope of the live heap against the minute, in bytes per minute. */
    private static double slope(List<Minute> minutes) {
        int n = minutes.size();
        if (n < 2) {
            return 0;
        }
        double meanX = minutes.stream().mapToDouble(Minute::minute).average().orElse(0);
        double meanY = minutes.stream().mapToDouble(Minute::liveHeapBytes).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Minute m : minutes) {
            covariance += (m.minute() - meanX) * (m.liveHeapBytes() - meanY);
            variance += (m.minute() - meanX) * (m.minute() - meanX);
        }
        return covariance / variance;
    }
}
