package org.thirdspace.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
    private JMXConnector jmx;

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
     * The heap still in use after a full collection of the server, which is what grows when something
     * is kept that should not be; -1 when it cannot be had. The lowest used heap between collections
     * is no measure of it: a generational collector leaves promoted garbage in the old generation until
     * its next full collection, so that floor climbs for minutes without a leak. Costs the server one
     * full collection (a pause of some tens of milliseconds at this heap's size).
     */
    long liveHeapBytes() {
        try {
            MemoryMXBean heap = serverMemoryBean();
            heap.gc();
            return heap.getHeapMemoryUsage().getUsed();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The server's memory bean over JMX, through the local management agent that attaching to the
     * process starts (no port, no process of its own per sample).
     */
    private MemoryMXBean serverMemoryBean() throws IOException {
        if (jmx == null) {
            try {
                VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
                try {
                    jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
                } finally {
                    vm.detach();
                }
            } catch (AttachNotSupportedException e) {
                throw new IOException(e);
            }
        }
        return ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
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
            long used = usedHeap();
            if (used >= 0) {
                maxHeap = Math.max(maxHeap, used);
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

    /** Used heap as the server's MicroProfile Metrics tell it; -1 when they do not. */
    private long usedHeap() throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher heap = USED_HEAP.matcher(body);
        return heap.find() ? (long) Double.parseDouble(heap.group(1)) : -1;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException e) {
                // The server may be gone already.
            }
        }
    }
}
