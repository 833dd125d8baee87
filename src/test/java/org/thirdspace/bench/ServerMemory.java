package org.thirdspace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the server's memory every half second while a benchmark runs: used heap from the
 * MicroProfile Metrics endpoint and resident memory of the process from /proc.
 */
final class ServerMemory implements AutoCloseable {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+([0-9.E+]+)");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final String metricsUrl;
    private final long pid;
    private volatile long maxHeap;
    private volatile long maxRss;
    private volatile long windowMinHeap = Long.MAX_VALUE;

    ServerMemory(String metricsUrl, long pid) {
        this.metricsUrl = metricsUrl;
        this.pid = pid;
        sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    void reset() {
        maxHeap = 0;
        maxRss = 0;
    }

    long maxHeapBytes() {
        return maxHeap;
    }

    long maxRssBytes() {
        return maxRss;
    }

    /**
     * The lowest used heap sampled since the last call: the floor of the collector's sawtooth, which
     * is about the heap live after a collection — what grows when something leaks. -1 without samples.
     */
    long takeHeapFloorBytes() {
        long floor = windowMinHeap;
        windowMinHeap = Long.MAX_VALUE;
        return floor == Long.MAX_VALUE ? -1 : floor;
    }

    /** Resident memory of the process now, from /proc; -1 when it cannot be read. */
    long rssBytes() {
        try {
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private void sample() {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher heap = USED_HEAP.matcher(body);
            if (heap.find()) {
                long used = (long) Double.parseDouble(heap.group(1));
                maxHeap = Math.max(maxHeap, used);
                windowMinHeap = Math.min(windowMinHeap, used);
            }
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            if (rss.find()) {
                maxRss = Math.max(maxRss, Long.parseLong(rss.group(1)) * 1024);
            }
        } catch (IOException | RuntimeException e) {
            // A missed sample is fine.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
