package org.thirdspace.bench;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.it.Login;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Full LTI launches against Payara Micro and PostgreSQL, each by a new person: OIDC login at the
 * tool, the platform's authorization (done here, as the platform: signing the id_token), and the
 * id_token POST, whose answer is the landing page with the person's name, course and role in it
 * (checked). Concurrency 32, 8 and 1 (in that order); reports
 * launches/s, p50/p95/p99 of the whole flow and of the id_token POST alone, errors and the server's
 * memory to {@code target/benchmarks/launch.md} and {@code .json}.
 */
class LaunchBenchmark {

    private static final Pattern SESSION = Pattern.compile("<meta name=\"ts-session\" content=\"([^\"]+)\"");
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("thirdspace.bench.seconds", 20));
    /**
     * The warm-up's first part, after which it goes on in steps until the server's JIT has settled
     * ({@link #settle}): after 15 s of load the compiler threads still took about a third of the
     * server's CPU; a compilation log showed 6,000 compilations in the first 20 s of load, 550 in
     * the 20 s after a minute, still falling.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("thirdspace.bench.warmup", 120));
    /**
     * How long the warm-up goes on after {@link #WARM_UP}, at most, for the JIT to settle
     * ({@link JitSettling}): on two cores the one C2 compiler thread, sharing them with the
     * server's requests, the database and this client, was still compiling the launch path's
     * hottest methods (the JDBC driver's execute, Weld's context look-up) two minutes into the
     * load, at 8 % of the machine, and went quiet after about five (flight recordings).
     */
    private static final Duration SETTLING_AT_MOST = Duration.ofMinutes(10);

    record Result(int concurrency, int launches, int errors, double seconds, double perSecond,
                  double p50, double p95, double p99, double postP50, double postP95, double postP99,
                  long maxHeapBytes, long maxRssBytes, double serverCpuMsPerLaunch, double jitCpuMsPerLaunch,
                  double databaseCpuMsPerLaunch, double clientCpuMsPerLaunch, double machineCpuMsPerLaunch) {
    }

    @Test
    void fullLaunches() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("LaunchBenchmark"));
        Path out = Files.createDirectories(Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks")));
        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_launch");
             PayaraMicroServer server = PayaraMicroServer.start("bench-launch", Files.createTempDirectory("bench-launch"),
                     Map.of("thirdspace.db.url", database.url(), "thirdspace.db.user", database.user()),
                     jvmOptions()).awaitReady(Duration.ofMinutes(3));
             ServerMemory memory = new ServerMemory(server.url("/metrics"), server.pid())) {
            ToolClient tool = new ToolClient(server);
            TestPlatform platform = TestPlatform.register(tool);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(4)).build();

            double speedBefore = MachineSpeed.rsaSignatureMillis();
            long warmUpStart = System.nanoTime();
            run("warm-up", http, server, platform, 32, WARM_UP, memory); // JIT, pools, caches
            double settledJit = settle(http, server, platform, memory);
            long warmUpSeconds = Math.round((System.nanoTime() - warmUpStart) / 1e9);
            List<Result> results = new ArrayList<>();
            // Highest first, straight after the warm-up at the same concurrency: a change of load
            // sets the JIT compiling again (a flight recording showed the compiler threads at 5 % of
            // the machine at the end of the warm-up and at 40 % in the next level at concurrency 1),
            // which a server that has run for hours under every level of load no longer does.
            for (int concurrency : new int[] {32, 8, 1}) {
                memory.reset();
                results.add(run("c" + concurrency, http, server, platform, concurrency, RUN, memory));
            }
            write(out, results, speedBefore, MachineSpeed.rsaSignatureMillis(), warmUpSeconds, settledJit);
            assertThat(results).allSatisfy(r -> {
                assertThat(r.errors()).as("errors at concurrency %d", r.concurrency()).isZero();
                assertThat(r.launches()).isPositive();
            });
            platform.close();
        }
    }

    /**
     * Goes on warming up at concurrency 32 until the server's JIT has settled ({@link JitSettling}),
     * or for at most {@link #SETTLING_AT_MOST}; returns the JIT's CPU per second over the last step.
     */
    private static double settle(HttpClient http, PayaraMicroServer server, TestPlatform platform, ServerMemory memory)
            throws InterruptedException {
        AtomicInteger steps = new AtomicInteger();
        return JitSettling.settle(List.of(server.pid()), SETTLING_AT_MOST,
                length -> run("settling-" + steps.incrementAndGet(), http, server, platform, 32, length, memory));
    }

    /** Heap and collector of the server; {@code thirdspace.bench.jvm} adds options (e.g. a flight recording). */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"));
        String extra = System.getProperty("thirdspace.bench.jvm", "");
        if (!extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    /** Every launch is by a person the tool has not seen: {@code label} keeps the warm-up's people out of the levels. */
    private static Result run(String label, HttpClient http, PayaraMicroServer server, TestPlatform platform, int concurrency,
                              Duration duration, ServerMemory memory) throws InterruptedException {
        LatencyRecorder whole = new LatencyRecorder();
        LatencyRecorder post = new LatencyRecorder();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sequence = new AtomicLong();
        double cpuBefore = ProcessCpu.millis(server.pid());
        double jitBefore = ProcessCpu.compilerMillis(server.pid());
        double databaseBefore = ProcessCpu.databaseMillis();
        double clientBefore = ProcessCpu.millis(ProcessHandle.current().pid());
        double machineBefore = ProcessCpu.machineMillis();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            users.submit(() -> {
                while (System.nanoTime() < end) {
                    String subject = "bench-" + label + "-" + sequence.incrementAndGet();
                    try {
                        long began = System.nanoTime();
                        long postNanos = launch(http, server, platform, subject);
                        whole.record(System.nanoTime() - began);
                        post.record(postNanos);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            System.err.println("launch failed: " + e.getMessage());
                        }
                    }
                }
            });
        }
        users.shutdown();
        users.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpu = ProcessCpu.millis(server.pid()) - cpuBefore;
        double jitCpu = ProcessCpu.compilerMillis(server.pid()) - jitBefore;
        double databaseCpu = ProcessCpu.databaseMillis() - databaseBefore;
        double clientCpu = ProcessCpu.millis(ProcessHandle.current().pid()) - clientBefore;
        double machineCpu = ProcessCpu.machineMillis() - machineBefore;
        int launches = Math.max(1, whole.count());
        return new Result(concurrency, whole.count(), errors.get(), seconds, whole.count() / seconds,
                whole.percentileMillis(50), whole.percentileMillis(95), whole.percentileMillis(99),
                post.percentileMillis(50), post.percentileMillis(95), post.percentileMillis(99),
                memory.maxHeapBytes(), memory.maxRssBytes(), serverCpu / launches, jitCpu / launches, databaseCpu / launches, clientCpu / launches,
                machineCpu / launches);
    }

    /** One launch; returns the duration of the id_token POST. */
    private static long launch(HttpClient http, PayaraMicroServer server, TestPlatform platform, String subject) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.url("/lti/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(platform.loginParameters(subject)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 303) {
            throw new IllegalStateException("login " + login.statusCode());
        }
        Login redirect = Login.from(login.headers().firstValue("Location").orElseThrow());
        String cookie = login.headers().allValues("Set-Cookie").get(0).split(";", 2)[0];
        JWTClaimsSet claims = platform.launchClaims(redirect, subject, List.of(LEARNER)).build();
        String idToken = platform.sign(claims);

        long postStart = System.nanoTime();
        HttpResponse<String> launch = http.send(HttpRequest.newBuilder(URI.create(server.url("/lti/launch")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("id_token", idToken, "state", redirect.state())))).build(),
                HttpResponse.BodyHandlers.ofString());
        long postNanos = System.nanoTime() - postStart;
        if (launch.statusCode() != 200 || !SESSION.matcher(launch.body()).find()
                || !launch.body().contains("\"name\":\"Person " + subject + "\"") || !launch.body().contains("\"LEARNER\"")) {
            throw new IllegalStateException("launch " + launch.statusCode() + " without the landing page of " + subject);
        }
        return postNanos;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void write(Path out, List<Result> results, double speedBefore, double speedAfter, long warmUpSeconds,
                              double settledJit) throws Exception {
        StringBuilder md = new StringBuilder("# Launch benchmark\n\n")
                .append("Full launches (login → platform authorization → id_token POST answered with the landing page), a new person each, ")
                .append("Payara Micro + PostgreSQL on this machine (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, shared by client, server and database), ").append(RUN.toSeconds()).append(" s per level.\n")
                .append("CPU ms/launch: CPU time over the level divided by its launches — of the server process, of PostgreSQL, of the client ")
                .append("(this JVM, which also plays the platform and signs each id_token), and of the whole machine (with PostgreSQL); ")
                .append("the costs to compare changes by, as they hardly move when other processes share the machine (they do move with the host's speed, below). ")
                .append("Of the server's, what its JIT compiler threads used.\n")
                .append(String.format(Locale.ROOT, "Warm-up at concurrency 32: %d s, until the server's JIT compiler used %.1f ms of CPU per second "
                        + "(settled at ≤ %.0f, or after %d minutes of settling).%n", warmUpSeconds, settledJit,
                        JitSettling.SETTLED_MILLIS_PER_SECOND, SETTLING_AT_MOST.toMinutes()))
                .append("Target on a quiet host: ≥ 550 launches/s at concurrency 32, p99 of the id_token POST < 60 ms, ")
                .append("server + PostgreSQL CPU ≤ 2.2 ms per launch, no errors.\n")
                .append(String.format(Locale.ROOT, "Machine speed: one RSA-2048 signature took %.3f ms before the run and %.3f ms after it ", speedBefore, speedAfter))
                .append("(about 1.07 ms when this virtual machine's host is quiet; every figure below scales with it).\n\n")
                .append("| concurrency | launches | errors | launches/s | flow p50 ms | flow p95 ms | flow p99 ms | POST p50 ms | POST p95 ms | POST p99 ms | max heap MB | max RSS MB | server CPU ms/launch | of it JIT ms/launch | PostgreSQL CPU ms/launch | client CPU ms/launch | machine CPU ms/launch |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"benchmark\":\"launch\",\"rsaSignatureMillis\":{\"before\":%.3f,\"after\":%.3f},\"warmUpSeconds\":%d,"
                        + "\"settledJitMillisPerSecond\":%.1f,\"results\":[", speedBefore, speedAfter, warmUpSeconds, settledJit));
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    r.concurrency(), r.launches(), r.errors(), r.perSecond(), r.p50(), r.p95(), r.p99(),
                    r.postP50(), r.postP95(), r.postP99(), r.maxHeapBytes() >> 20, r.maxRssBytes() >> 20, r.serverCpuMsPerLaunch(),
                    r.jitCpuMsPerLaunch(), r.databaseCpuMsPerLaunch(), r.clientCpuMsPerLaunch(), r.machineCpuMsPerLaunch()));
            json.append(String.format(Locale.ROOT, "%s{\"concurrency\":%d,\"launches\":%d,\"errors\":%d,\"seconds\":%.2f,"
                            + "\"launchesPerSecond\":%.1f,\"flowMillis\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f},"
                            + "\"idTokenPostMillis\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f},\"maxHeapBytes\":%d,\"maxRssBytes\":%d,\"cpuMillisPerLaunch\":{\"server\":%.3f,\"jit\":%.3f,\"database\":%.3f,\"client\":%.3f,\"machine\":%.3f}}",
                    json.charAt(json.length() - 1) == '[' ? "" : ",", r.concurrency(), r.launches(), r.errors(), r.seconds(),
                    r.perSecond(), r.p50(), r.p95(), r.p99(), r.postP50(), r.postP95(), r.postP99(), r.maxHeapBytes(), r.maxRssBytes(), r.serverCpuMsPerLaunch(),
                    r.jitCpuMsPerLaunch(), r.databaseCpuMsPerLaunch(), r.clientCpuMsPerLaunch(), r.machineCpuMsPerLaunch()));
        }
        json.append("]}\n");
        Files.writeString(out.resolve("launch.md"), md);
        Files.writeString(out.resolve("launch.json"), json);
        System.out.println(md);
    }
}
