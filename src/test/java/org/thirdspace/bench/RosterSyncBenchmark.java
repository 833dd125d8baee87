package org.thirdspace.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.ToolClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roster sync at enterprise size: 10,000 and 50,000 members, in pages of 100 and of 1,000, from
 * the built-in LMS emulator (real HTTP, real token endpoint, real NRPS JSON) into PostgreSQL, on
 * Payara Micro with the integration tests' heap (-Xmx640m, serial GC).
 *
 * <p>Per case: wall time of the run as the server recorded it (first token request to the last
 * commit), members per second, and memory — the JVM's used heap sampled every 100 ms from
 * {@code /metrics} every 200 ms (its high-water mark during the run, and its level before the run), and the process's
 * resident-set high-water mark from {@code /proc}. The emulator runs in the same JVM, so its JSON
 * generation is inside the figures. Targets: 10,000 members under 10 s, 50,000 under 45 s, and a
 * heap that does not grow with the roster.
 *
 * <p>Run: {@code mvn -Pbench verify -Dthirdspace.bench.only=RosterSyncBenchmark}; figures go to
 * {@code target/benchmarks/RosterSyncBenchmark.md} and {@code .json}.
 */
class RosterSyncBenchmark {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+([0-9.eE+]+)");
    private static final int[][] CASES = {{10_000, 100}, {10_000, 1_000}, {50_000, 100}, {50_000, 1_000}};

    record Result(int members, int pageSize, long pages, double seconds, double membersPerSecond, long heapFloorMb,
                  long heapPeakMb, long rssPeakMb, long applied, long added, String state) {
    }

    @Test
    void rosterSync() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("RosterSyncBenchmark"), "not selected");
        Path out = Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks"));
        Files.createDirectories(out);
        List<Result> results = new ArrayList<>();
        try (RosterBenchDatabase database = RosterBenchDatabase.create(
                System.getProperty("thirdspace.bench.pg", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("thirdspace.bench.pg.user", "postgres"))) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("thirdspace.db.url", database.url());
            settings.put("thirdspace.db.user", database.user());
            // Launches and the schedule start no syncs: the benchmark starts each one and times it.
            settings.put("thirdspace.roster.stale-after-minutes", "0");
            settings.put("thirdspace.roster.schedule-seconds", "0");
            try (PayaraMicroServer server = PayaraMicroServer.start("roster-bench", Files.createTempDirectory("roster-bench-"), settings,
                    PayaraMicroServer.TEST_HEAP)) {
                server.awaitReady(Duration.ofMinutes(3));
                ToolClient tool = new ToolClient(server);
                long pid = payaraPid(server.port());
                for (int[] c : cases()) {
                    results.add(run(tool, pid, c[0], c[1]));
                }
            }
        }
        write(out, results);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("succeeded");
            assertThat(r.applied()).isEqualTo(r.members() + 2L);
        });
    }

    /** The default cases, or {@code -Dthirdspace.bench.roster.cases=20000x100,…} (members x page size). */
    private static int[][] cases() {
        String configured = System.getProperty("thirdspace.bench.roster.cases", "");
        if (configured.isBlank()) {
            return CASES;
        }
        return java.util.Arrays.stream(configured.split(",")).map(c -> c.trim().split("x"))
                .map(c -> new int[] {Integer.parseInt(c[0]), Integer.parseInt(c[1])}).toArray(int[][]::new);
    }

    private static Result run(ToolClient tool, long pid, int members, int pageSize) throws Exception {
        String course = "bench-" + members + "-" + pageSize;
        ToolClient.Reply configured = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": %d, \"pageSize\": %d, \"groups\": 20, \"title\": \"Benchmark %d / %d\"}".formatted(members, pageSize, members, pageSize));
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        String token = launch(tool, course);
        String courseId = (String) ((Map<?, ?>) tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token).json().get("course")).get("id");
        String path = "/api/courses/" + courseId + "/roster/sync";

        long floor = usedHeap(tool);
        AtomicLong peak = new AtomicLong(floor);
        ToolClient.Reply started = tool.json("POST", path, null, "Authorization", "Bearer " + token);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Map<?, ?> job = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        // Heap every 200 ms, the run's state every second: watching must not slow the run down much.
        for (int tick = 0; ; tick++) {
            peak.accumulateAndGet(usedHeap(tool), Math::max);
            if (tick % 5 == 0) {
                job = (Map<?, ?>) tool.json("GET", path, null, "Authorization", "Bearer " + token).json().get("job");
                if (!"running".equals(job.get("state")) || Instant.now().isAfter(deadline)) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        double seconds = Duration.between(Instant.parse((String) job.get("startedAt")), Instant.parse((String) job.get("finishedAt"))).toMillis() / 1000.0;
        long applied = ((Number) job.get("membersApplied")).longValue();
        Result result = new Result(members, pageSize, ((Number) job.get("pagesFetched")).longValue(), seconds, applied / seconds,
                floor >> 20, peak.get() >> 20, rssPeak(pid) >> 20, applied, ((Number) job.get("membersAdded")).longValue(),
                (String) job.get("state"));
        System.out.println("RosterSyncBenchmark " + result);
        return result;
    }

    /** A launch as the course's instructor from the emulator, the whole OIDC way; returns the session token. */
    private static String launch(ToolClient tool, String course) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=" + course + "&person=grace&link=" + course + "-community");
        ToolClient.Reply landing = browser.submit(browser.follow(browser.submit(initiation)));
        assertThat(landing.sessionToken()).as(landing.toString()).isNotNull();
        return landing.sessionToken();
    }

    private static long usedHeap(ToolClient tool) {
        // Only the one metric: rendering all of /metrics costs the server noticeable CPU at this rate.
        ToolClient.Reply metrics = tool.get("/metrics?scope=base&name=memory.usedHeap", "Accept", "text/plain");
        Matcher matcher = USED_HEAP.matcher(metrics.body());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }

    /** The Payara Micro process listening on the port (started by the test harness, found by its command line). */
    private static long payaraPid(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro") && c.contains("--port " + port)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** VmHWM: the process's resident-set high-water mark since it started. */
    private static long rssPeak(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    private static void write(Path out, List<Result> results) throws Exception {
        StringBuilder md = new StringBuilder("# Roster sync benchmark\n\n")
                .append("NRPS roster sync from the built-in LMS emulator into PostgreSQL on Payara Micro (-Xmx640m, serial GC), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ").append(Instant.now()).append(".\n\n")
                .append("| Members | Page size | Pages | Wall time (s) | Members/s | Heap before (MB) | Heap high-water (MB) | RSS high-water (MB) | Target |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<Object> json = new ArrayList<>();
        for (Result r : results) {
            double target = r.members() <= 10_000 ? 10 : 45;
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %d | %.1f | %,.0f | %d | %d | %d | < %.0f s: %s |%n", r.members(), r.pageSize(),
                    r.pages(), r.seconds(), r.membersPerSecond(), r.heapFloorMb(), r.heapPeakMb(), r.rssPeakMb(), target,
                    r.seconds() < target ? "met" : "missed"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("members", r.members());
            row.put("pageSize", r.pageSize());
            row.put("pages", r.pages());
            row.put("seconds", r.seconds());
            row.put("membersPerSecond", Math.round(r.membersPerSecond()));
            row.put("heapBeforeMb", r.heapFloorMb());
            row.put("heapHighWaterMb", r.heapPeakMb());
            row.put("rssHighWaterMb", r.rssPeakMb());
            row.put("targetSeconds", target);
            row.put("state", r.state());
            json.add(row);
        }
        md.append("\nHeap figures are the JVM's used heap (live and not yet collected objects) sampled every 200 ms from `/metrics`; ")
                .append("RSS is the process's resident-set high-water mark since start (cumulative over the cases, in order).\n");
        Files.writeString(out.resolve("RosterSyncBenchmark.md"), md.toString());
        Files.writeString(out.resolve("RosterSyncBenchmark.json"), JSONObjectUtils.toJSONString(Map.of("benchmark", "RosterSyncBenchmark", "results", json)));
    }
}
