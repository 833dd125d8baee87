package org.thirdspace.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.it.Nginx;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.RunningTool;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community under a realistic mix, on PostgreSQL: 1,000 members who each first launch from their
 * course (a real, signed LTI launch) and then read feeds, open threads, search, react and now and
 * then (5 %) post a reply, played by {@link #VIRTUAL_USERS} virtual users that take the members in
 * turn. Run against one node, against one node behind nginx and against two nodes behind nginx,
 * each on a fresh database; then, with {@code -Dthirdspace.bench.soak.minutes=N}, the same mix at a
 * steady paced rate on one node for N minutes, watching the live heap and p95 minute by minute.
 * Writes target/benchmarks/mixed-load.md and .json.
 */
class MixedLoadBenchmark {

    static final int MEMBERS = 1_000;
    static final int VIRTUAL_USERS = Integer.getInteger("thirdspace.bench.mixed.users", 16);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("thirdspace.bench.mixed.seconds", 120));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("thirdspace.bench.mixed.warmup", 30));
    private static final long SOAK_MINUTES = Long.getLong("thirdspace.bench.soak.minutes", 0);
    /** Requests/s of the soak; by default half of what one node sustained in the measured run. */
    private static final double SOAK_RATE = Double.parseDouble(System.getProperty("thirdspace.bench.soak.rate", "0"));
    /** The full 1,000,000-post community instead of the tenth of it that keeps a run within minutes. */
    private static final boolean FULL_COMMUNITY = Boolean.getBoolean("thirdspace.bench.mixed.full-community");

    /** How long the warm-up goes on after its first part, at most, for the nodes' JIT to settle ({@link JitSettling}). */
    static final Duration SETTLING_AT_MOST = Duration.ofMinutes(Long.getLong("thirdspace.bench.mixed.settle-minutes", 10));

    record Run(String name, int nodes, MixedLoad load, MixedLoad.Result result, List<Long> maxHeapBytes, List<Long> maxRssBytes,
               double serverCpuMillis, double machineCpuMillis, double jitMillis, Settling settling, long seededSeconds) {

        double serverCpuPerRequest() {
            return serverCpuMillis / Math.max(1, result.requests());
        }

        double machineCpuPerRequest() {
            return machineCpuMillis / Math.max(1, result.requests());
        }

        double jitPerRequest() {
            return jitMillis / Math.max(1, result.requests());
        }
    }

    /** How long the warm-up ran, and the busiest node's JIT CPU per second over its last step. */
    record Settling(long seconds, double jitMillisPerSecond) {
    }

    @Test
    void oneNodeAgainstTwoAndASoak() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("MixedLoadBenchmark"));
        Path out = Files.createDirectories(Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks")));
        String loadBefore = loadAverage();
        double speedBefore = MachineSpeed.rsaSignatureMillis();
        List<Run> runs = new ArrayList<>();
        Soak.Report soak = null;

        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_mixed_one");
             PayaraMicroServer node = PayaraMicroServer.start("bench-mixed-one", Files.createTempDirectory("bench-mixed-one"),
                     databaseSettings(database), LaunchBenchmark.jvmOptions()).awaitReady(Duration.ofMinutes(5));
             ServerMemory memory = new ServerMemory(node.url("/metrics"), node.pid())) {
            Run one = run("one node", List.of(node), node, database, List.of(memory));
            runs.add(one);
            if (SOAK_MINUTES > 0) {
                double rate = SOAK_RATE > 0 ? SOAK_RATE : Math.max(1, one.result().perSecond() / 2);
                soak = new Soak(one.load(), memory, Duration.ofMinutes(SOAK_MINUTES), rate).run();
            }
        }

        if (Nginx.available()) {
            // One node behind the proxy too: two nodes are compared with one node as it would run in
            // the same place, the proxy's own cost on both sides.
            runs.add(behindNginx("one node behind nginx", 1));
            runs.add(behindNginx("two nodes behind nginx", 2));
        } else {
            System.out.println("nginx is not installed (" + Nginx.BINARY + "): only the one-node run");
        }

        MixedLoadReport.write(out, runs, soak, speedBefore, MachineSpeed.rsaSignatureMillis(), loadBefore, loadAverage());
        assertThat(runs).allSatisfy(r -> assertThat(r.result().errors()).as(r.name() + " errors").isZero());
        if (soak != null) {
            assertThat(soak.minutes()).as("minutes sampled").isNotEmpty();
            assertThat(soak.errors()).as("soak errors").isZero();
        }
    }

    /** {@code count} nodes on a fresh database behind nginx (two are pinned, see {@link #pinnedTo}). */
    private static Run behindNginx(String name, int count) throws Exception {
        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_mixed_" + count + "_proxied")) {
            int proxyPort = freePort();
            String adminToken = "bench-" + UUID.randomUUID();
            Map<String, String> settings = new LinkedHashMap<>(databaseSettings(database));
            settings.put("thirdspace.base-url", "http://localhost:" + proxyPort);
            settings.put("thirdspace.admin.token", adminToken);
            List<PayaraMicroServer> nodes = new ArrayList<>();
            List<ServerMemory> memories = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    nodes.add(PayaraMicroServer.start("bench-mixed-" + count + "-" + i, Files.createTempDirectory("bench-mixed-"),
                            settings, LaunchBenchmark.jvmOptions(), count == 1 ? List.of() : pinnedTo(i)));
                }
                for (PayaraMicroServer node : nodes) {
                    node.awaitReady(Duration.ofMinutes(5));
                    memories.add(new ServerMemory(node.url("/metrics"), node.pid()));
                }
                try (Nginx proxy = Nginx.start(proxyPort, nodes.stream().map(PayaraMicroServer::port).toList(), adminToken)) {
                    return run(name, nodes, proxy, database, memories);
                }
            } finally {
                memories.forEach(ServerMemory::close);
                nodes.forEach(PayaraMicroServer::close);
            }
        }
    }

    /**
     * Two nodes on one machine each get cores of their own, as README's cluster section advises:
     * left to the scheduler, the two JVMs preempt each other on both cores and spent 45 % more CPU
     * per request than one node (10.4 against 7.2 ms, both equally warmed up); pinned, 8.1 ms.
     * {@code -Dthirdspace.bench.mixed.pin=false} runs them unpinned.
     */
    private static List<String> pinnedTo(int node) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (!Boolean.parseBoolean(System.getProperty("thirdspace.bench.mixed.pin", "true")) || cores < 2) {
            return List.of();
        }
        int share = cores / 2;
        return List.of("taskset", "-c", node * share + "-" + (node * share + share - 1));
    }

    private static Map<String, String> databaseSettings(BenchDatabase database) {
        // Replies are 5 % of the mix of 1,000 people; the flood limit would otherwise refuse the busiest.
        return Map.of("thirdspace.db.url", database.url(), "thirdspace.db.user", database.user(),
                "thirdspace.safety.posts-per-minute", "1000");
    }

    /** Seeds the community, warms up with other people, then measures the mix for {@link #RUN}. */
    private static Run run(String name, List<PayaraMicroServer> nodes, RunningTool front, BenchDatabase database,
                           List<ServerMemory> memories) throws Exception {
        ToolClient tool = new ToolClient(front);
        TestPlatform platform = TestPlatform.register(tool);
        long seeded = seed(database, platform);
        Community community;
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "")) {
            community = Community.read(connection);
        }
        // Warm-up: the JIT and the pools, with the members after the measured thousand. Each node gets
        // as many warm-up requests as a single node does (two nodes warm up twice as long), then the
        // mix goes on until every node's JIT has settled.
        MixedLoad warmUp = new MixedLoad(tool, platform, community, MEMBERS, MEMBERS);
        long warmUpStart = System.nanoTime();
        warmUp.run(WARM_UP.multipliedBy(nodes.size()), 0, null);
        Settling settling = settle(warmUp, nodes, warmUpStart);

        MixedLoad load = new MixedLoad(tool, platform, community, 0, MEMBERS);
        memories.forEach(ServerMemory::reset);
        double serverBefore = nodes.stream().mapToDouble(n -> ProcessCpu.millis(n.pid())).sum();
        double machineBefore = ProcessCpu.machineMillis();
        double jitBefore = compilerMillis(nodes);
        MixedLoad.Result result = load.run(RUN, 0, null);
        double jit = compilerMillis(nodes) - jitBefore;
        double serverCpu = nodes.stream().mapToDouble(n -> ProcessCpu.millis(n.pid())).sum() - serverBefore;
        double machineCpu = ProcessCpu.machineMillis() - machineBefore;
        System.out.printf(Locale.ROOT, "%s: %.1f requests/s, %d errors%n", name, result.perSecond(), result.errors());
        return new Run(name, nodes.size(), load, result, memories.stream().map(ServerMemory::maxHeapBytes).toList(),
                memories.stream().map(ServerMemory::maxRssBytes).toList(), serverCpu, machineCpu, jit, settling, seeded);
    }

    /** Plays the warm-up's mix until no node's JIT uses more than the settled rate, or for at most {@link #SETTLING_AT_MOST}. */
    private static Settling settle(MixedLoad warmUp, List<PayaraMicroServer> nodes, long warmUpStart) throws InterruptedException {
        double busiest = JitSettling.settle(nodes.stream().map(PayaraMicroServer::pid).toList(), SETTLING_AT_MOST,
                length -> warmUp.run(length, 0, null));
        return new Settling(Math.round((System.nanoTime() - warmUpStart) / 1e9), busiest);
    }

    private static double compilerMillis(List<PayaraMicroServer> nodes) {
        return nodes.stream().mapToDouble(n -> ProcessCpu.compilerMillis(n.pid())).sum();
    }

    /**
     * Runs the community generator for the platform's organisation; returns how long it took in seconds.
     * By default a tenth of it (100,000 posts in 10,000 threads, 10 per space, same 1,000 spaces and
     * 20,000 people) so that seeding twice stays within a minute or two on this machine.
     */
    private static long seed(BenchDatabase database, TestPlatform platform) throws Exception {
        CommunityData data = CommunityData.of(platform, 20_000);
        if (!FULL_COMMUNITY) {
            data = data.tenthOfThePosts();
        }
        return data.generate(database);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The machine's load average (1, 5, 15 minutes) as uptime prints it. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The seeded members' spaces and their threads, read back from the database. */
    record Community(Map<Integer, Seat> seats, Map<String, List<String>> threadsOf) {

        /** Where generated member {@code n} belongs: a course to launch from and the spaces it opens. */
        record Seat(String course, List<String> spaces) {
        }

        static Community read(Connection connection) throws Exception {
            Map<Integer, String> course = new LinkedHashMap<>();
            Map<Integer, List<String>> spaces = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "select p.subject, cc.context_key, sc.space_id from person p"
                            + " join course_membership cm on cm.person_id = p.id"
                            + " join course_context cc on cc.id = cm.course_context_id"
                            + " join space_course sc on sc.course_context_id = cc.id"
                            + " where p.subject like 'gen-%' order by p.subject, cc.context_key")) {
                while (rows.next()) {
                    int n = Integer.parseInt(rows.getString(1).substring(4));
                    if (n <= 2 * MEMBERS) {
                        course.putIfAbsent(n, rows.getString(2));
                        spaces.computeIfAbsent(n, k -> new ArrayList<>()).add(rows.getString(3));
                    }
                }
            }
            Map<Integer, Seat> seats = new LinkedHashMap<>();
            course.forEach((n, c) -> seats.put(n, new Seat(c, List.copyOf(spaces.get(n)))));
            Map<String, List<String>> threads = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "select space_id, id from (select space_id, id, row_number() over (partition by space_id order by publish_at desc) r"
                            + " from thread) t where r <= 50")) {
                while (rows.next()) {
                    threads.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            return new Community(seats, threads);
        }
    }
}
