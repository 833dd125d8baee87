package org.thirdspace.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.it.Member;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Community pages at volume: 1,000,000 posts in 100,000 threads across 1,000 spaces in PostgreSQL
 * (bench/community-data.sql generates them), then at concurrency 8 a space's first feed page, a
 * thread page and a search, each as people who belong to five of the spaces. Reports p50/p95/p99
 * and requests/s per page to target/benchmarks/community.md and .json.
 */
class CommunityBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("thirdspace.bench.seconds", 20));
    private static final int CONCURRENCY = 8;
    /** The organisation's people: the console's health page is to answer within a second for 50,000. */
    private static final int PEOPLE = Integer.getInteger("thirdspace.bench.community.people", 50_000);

    record Page(String name, double perSecond, int requests, int errors, double p50, double p95, double p99, double target) {
    }

    @Test
    void feedThreadAndSearchAtVolume() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("CommunityBenchmark"));
        Path out = Files.createDirectories(Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks")));
        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_community");
             PayaraMicroServer server = PayaraMicroServer.start("bench-community", Files.createTempDirectory("bench-community"),
                     Map.of("thirdspace.db.url", database.url(), "thirdspace.db.user", database.user()),
                     LaunchBenchmark.jvmOptions()).awaitReady(Duration.ofMinutes(3));
             ServerMemory memory = new ServerMemory(server.url("/metrics"), server.pid())) {
            ToolClient tool = new ToolClient(server);
            TestPlatform platform = TestPlatform.register(tool);
            long generated = CommunityData.of(platform, PEOPLE).generate(database);

            // People who belong to five spaces each (generated course memberships), signed in by a real launch.
            List<Member> people = new ArrayList<>();
            Map<Member, List<String>> spacesOf = new LinkedHashMap<>();
            Map<String, List<String>> threadsOf = new LinkedHashMap<>();
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "")) {
                for (int n = 1; n <= 16; n++) {
                    Member member = Member.launch(tool, platform, "gen-" + n, List.of(Member.LEARNER),
                            "bench-course-" + (((n * 7) % 1000) + 1));
                    people.add(member);
                    spacesOf.put(member, strings(connection, "select sc.space_id from course_membership cm join space_course sc"
                            + " on sc.course_context_id = cm.course_context_id join person p on p.id = cm.person_id"
                            + " where p.subject = 'gen-" + n + "'"));
                }
                for (List<String> spaces : spacesOf.values()) {
                    for (String space : spaces) {
                        threadsOf.computeIfAbsent(space, s -> strings(connection,
                                "select id from thread where space_id = '" + s + "' order by publish_at desc limit 50"));
                    }
                }
            }
            List<String> words = List.of("kaba", "lote", "mirox", "nesi", "sunam", "rakul", "tole", "vimo", "defas", "pogin");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            Function<Member, String> feed = m -> "/api/spaces/" + pick(spacesOf.get(m)) + "/feed";
            Function<Member, String> thread = m -> "/api/threads/" + pick(threadsOf.get(pick(spacesOf.get(m))));
            Function<Member, String> search = m -> "/api/search?q=" + URLEncoder.encode(pick(words) + (ThreadLocalRandom.current()
                    .nextBoolean() ? " " + pick(words) : ""), StandardCharsets.UTF_8);

            measure(http, server, people, feed, Duration.ofSeconds(10), new LatencyRecorder()); // warm-up
            measure(http, server, people, thread, Duration.ofSeconds(10), new LatencyRecorder());
            measure(http, server, people, search, Duration.ofSeconds(10), new LatencyRecorder());
            memory.reset();
            List<Page> pages = new ArrayList<>(List.of(page("space first page", http, server, people, feed, 50),
                    page("thread page", http, server, people, thread, 50),
                    page("search", http, server, people, search, 200)));
            // The console's community health of the whole organisation (50,000 people, 1,000,000 posts), one request at a
            // time as an administrator opens the page: the target is an answer in under a second.
            Member admin = Member.launch(tool, platform, "bench-admin", List.of(Member.INSTRUCTOR, Member.ORGANISATION_ADMIN),
                    "bench-course-1");
            // Computed on every request (fresh=true), and as served: computed ahead in the background for the views
            // asked for in the last week, so what an administrator waits for is the serving.
            String health = "/api/admin/organisations/" + platform.registrationId() + "/health";
            sequential("", http, server, admin, health + "?fresh=true", 3, new LatencyRecorder()); // warm-up
            pages.add(sequential("computed", http, server, admin, health + "?fresh=true", 20, new LatencyRecorder()));
            pages.add(sequential("served", http, server, admin, health, 20, new LatencyRecorder()));
            write(out, pages, generated, memory);
            assertThat(pages).allSatisfy(p -> assertThat(p.errors()).as(p.name()).isZero());
            platform.close();
        }
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static List<String> strings(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page page(String name, HttpClient http, PayaraMicroServer server, List<Member> people, Function<Member, String> path,
                             double target) throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder();
        long start = System.nanoTime();
        int errors = measure(http, server, people, path, RUN, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Page(name, latencies.count() / seconds, latencies.count(), errors, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), target);
    }

    private static Page sequential(String how, HttpClient http, PayaraMicroServer server, Member admin, String path, int requests,
                                   LatencyRecorder latencies) throws Exception {
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long began = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Authorization", "Bearer " + admin.token()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                latencies.record(System.nanoTime() - began);
            } else {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Page("community health (organisation, one at a time, " + how + ")", latencies.count() / seconds, latencies.count(), errors,
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99), 1000);
    }

    private static int measure(HttpClient http, PayaraMicroServer server, List<Member> people, Function<Member, String> path,
                               Duration duration, LatencyRecorder latencies) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        for (int i = 0; i < CONCURRENCY; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Member member = pick(people);
                    String url = server.url(path.apply(member));
                    long began = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + member.token()).header("Accept", "application/json").build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + url);
                        }
                        latencies.record(System.nanoTime() - began);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            System.err.println("request failed: " + e.getMessage());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return errors.get();
    }

    private static void write(Path out, List<Page> pages, long generatedSeconds, ServerMemory memory) throws Exception {
        StringBuilder md = new StringBuilder("# Community benchmark\n\n")
                .append("PostgreSQL with 1,000,000 posts in 100,000 threads across 1,000 spaces (generated in ").append(generatedSeconds)
                .append(" s), ").append(String.format(Locale.ROOT, "%,d", PEOPLE)).append(" people; 16 people who each belong to 5 spaces, concurrency ").append(CONCURRENCY).append(", ")
                .append(RUN.toSeconds()).append(" s per page, on this machine (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared by client, server and database).\n\n")
                .append("| page | requests/s | requests | errors | p50 ms | p95 ms | p99 ms | target p95 ms |\n|---|---|---|---|---|---|---|---|\n");
        StringBuilder json = new StringBuilder("{\"benchmark\":\"community\",\"posts\":1000000,\"people\":" + PEOPLE + ",\"spaces\":1000,\"concurrency\":" + CONCURRENCY
                + ",\"maxHeapBytes\":" + memory.maxHeapBytes() + ",\"maxRssBytes\":" + memory.maxRssBytes() + ",\"pages\":[");
        for (Page p : pages) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %d | %.1f | %.1f | %.1f | %.0f |%n", p.name(), p.perSecond(), p.requests(),
                    p.errors(), p.p50(), p.p95(), p.p99(), p.target()));
            json.append(String.format(Locale.ROOT, "%s{\"page\":\"%s\",\"perSecond\":%.1f,\"requests\":%d,\"errors\":%d,\"p50\":%.2f,"
                            + "\"p95\":%.2f,\"p99\":%.2f,\"targetP95\":%.0f}", json.charAt(json.length() - 1) == '[' ? "" : ",", p.name(),
                    p.perSecond(), p.requests(), p.errors(), p.p50(), p.p95(), p.p99(), p.target()));
        }
        json.append("]}\n");
        md.append(String.format(Locale.ROOT, "%nServer memory during the measured runs: max heap used %d MB, max RSS %d MB.%n",
                memory.maxHeapBytes() >> 20, memory.maxRssBytes() >> 20));
        Files.writeString(out.resolve("community.md"), md);
        Files.writeString(out.resolve("community.json"), json);
        System.out.println(md);
    }
}
