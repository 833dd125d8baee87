package org.thirdspace.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.community.synthesis.KeySentences;
import org.thirdspace.community.synthesis.Passage;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeekDigest;
import org.thirdspace.community.synthesis.WeekPost;
import org.thirdspace.it.Member;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly synthesis at volume.
 *
 * <ul>
 *   <li><b>Summarizer, in the test JVM</b>: the week's digest ({@link WeekDigest#of}: sentence
 *   splitting, LexRank over at most 800 pre-selected sentences, MMR, RAKE, participation) for 1,000,
 *   5,000 and 20,000 generated posts: p50/p95 over repeated runs and the heap it takes; and LexRank
 *   without the pre-selection (every sentence in the graph) for 1,000 and 5,000 posts, to show what
 *   the cap saves.</li>
 *   <li><b>The draft through the WAR</b>: Payara Micro and a fresh PostgreSQL database, one space
 *   with 5,000 posts in 500 threads in last week (inserted in SQL), its synthesizer signed in by a
 *   real launch; {@code POST /api/spaces/{id}/synthesis/draft} repeated (each a new version of the
 *   draft): p50/p95 and the server's heap and resident memory. Target: under 2 s.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -Pbench verify -pl src -Dthirdspace.bench.only=WeeklySynthesisBenchmark}; figures go
 * to {@code target/benchmarks/WeeklySynthesisBenchmark.md} and {@code .json}, next to the others'.
 */
class WeeklySynthesisBenchmark {

    private static final long SEED = 20_261_204L;
    private static final int RUNS = Integer.getInteger("thirdspace.bench.synthesis.runs", 15);
    private static final double TARGET_MILLIS = 2_000;

    record Row(String what, int posts, int runs, double p50, double p95, long heapMb) {
    }

    @Test
    void weeklySynthesis() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("WeeklySynthesisBenchmark"), "not selected");
        Path out = Files.createDirectories(Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks")));
        List<Row> rows = new ArrayList<>();
        Week week = Week.containing(Instant.now()).previous();
        for (int k = 0; k < 3; k++) {
            WeekDigest.of(week, posts(2_000, k), List.of(), List.of(), List.of(), Locale.ENGLISH); // warm-up
        }
        for (int n : new int[] {1_000, 5_000, 20_000}) {
            List<WeekPost> posts = posts(n, SEED + n);
            rows.add(timed("digest in the JVM (800 candidates)", n, RUNS,
                    () -> WeekDigest.of(week, posts, List.of(), List.of(), List.of(), Locale.ENGLISH)));
        }
        // -Dthirdspace.bench.synthesis.war=false: the summarizer alone, without a server.
        boolean war = !"false".equals(System.getProperty("thirdspace.bench.synthesis.war"));
        Row throughWar = war ? throughTheWar(week) : null;
        if (war) {
            rows.add(throughWar);
        }
        for (int n : new int[] {500, 1_000}) {
            List<Passage> passages = posts(n, SEED + n).stream().map(WeekPost::passage).toList();
            rows.add(timed("LexRank, every sentence in the graph", n, 1,
                    () -> new KeySentences(Locale.ENGLISH, Integer.MAX_VALUE).of(passages, WeekDigest.SENTENCES)));
            rows.add(timed("LexRank, 800 pre-selected sentences", n, 1,
                    () -> new KeySentences(Locale.ENGLISH).of(passages, WeekDigest.SENTENCES)));
        }
        write(out, rows);
        assertThat(throughWar == null || throughWar.runs() > 0).isTrue();
    }

    private static Row timed(String what, int posts, int runs, Runnable run) {
        LatencyRecorder latency = new LatencyRecorder();
        System.gc();
        long floor = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = floor;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            run.run();
            latency.record(System.nanoTime() - start);
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        Row row = new Row(what, posts, runs, latency.percentileMillis(50), latency.percentileMillis(95), (peak - floor) >> 20);
        System.out.println(row);
        return row;
    }

    /** One space's week of 5,000 posts in PostgreSQL, drafted through the API by its synthesizer. */
    private static Row throughTheWar(Week week) throws Exception {
        int posts = 5_000;
        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_synthesis");
             PayaraMicroServer server = PayaraMicroServer.start("bench-synthesis", Files.createTempDirectory("bench-synthesis"),
                     Map.of("thirdspace.db.url", database.url(), "thirdspace.db.user", database.user(),
                             "thirdspace.synthesis.schedule-seconds", "0"),
                     LaunchBenchmark.jvmOptions()).awaitReady(Duration.ofMinutes(5));
             ServerMemory memory = new ServerMemory(server.url("/metrics"), server.pid())) {
            ToolClient tool = new ToolClient(server);
            TestPlatform platform = TestPlatform.register(tool);
            Member facilitator = Member.launch(tool, platform, "bench-fay", List.of(Member.INSTRUCTOR), "bench-synthesis");
            String space = facilitator.createSpace("Busy week");
            List<Member> writers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Member writer = Member.launch(tool, platform, "bench-writer-" + i, List.of(Member.LEARNER), "bench-synthesis");
                writer.ok("/api/spaces/" + space);
                writers.add(writer);
            }
            Member synthesizer = writers.get(0);
            assertThat(facilitator.send("PUT", "/api/spaces/" + space + "/members/" + synthesizer.personId() + "/role",
                    "{\"role\": \"SYNTHESIZER\"}").status()).isEqualTo(204);
            seed(database, platform.registrationId(), space, writers, week, posts);

            String body = "{\"week\": \"" + week.monday() + "\", \"locale\": \"en\"}";
            for (int i = 0; i < 3; i++) {
                assertThat(synthesizer.send("POST", "/api/spaces/" + space + "/synthesis/draft", body).status()).isEqualTo(201);
            }
            memory.reset();
            LatencyRecorder latency = new LatencyRecorder();
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                ToolClient.Reply reply = synthesizer.send("POST", "/api/spaces/" + space + "/synthesis/draft", body);
                latency.record(System.nanoTime() - start);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            }
            Thread.sleep(600);
            System.out.printf(Locale.ROOT, "Weekly synthesis draft through the WAR: p50 %.0f ms, p95 %.0f ms, heap %d MB, RSS %d MB%n",
                    latency.percentileMillis(50), latency.percentileMillis(95), memory.maxHeapBytes() >> 20, memory.maxRssBytes() >> 20);
            serverRss = memory.maxRssBytes() >> 20;
            platform.close();
            return new Row("draft through the WAR (PostgreSQL)", posts, RUNS, latency.percentileMillis(50), latency.percentileMillis(95),
                    memory.maxHeapBytes() >> 20);
        }
    }

    private static long serverRss;

    /** 500 threads of ten posts each, written over last week by the twenty people. */
    private static void seed(BenchDatabase database, String organisation, String space, List<Member> writers, Week week, int count)
            throws Exception {
        List<WeekPost> generated = posts(count, SEED);
        Map<UUID, UUID> threads = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), "")) {
            db.setAutoCommit(false);
            try (PreparedStatement thread = db.prepareStatement("insert into thread (id, space_id, organisation_id, author_id, title,"
                    + " audience, pinned, seeded, locked, publish_at, last_activity_at, reply_count, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, 'SPACE', false, false, false, ?, ?, 9, ?, ?)");
                 PreparedStatement post = db.prepareStatement("insert into post (id, thread_id, space_id, author_id, opening, body_markdown,"
                         + " body_html, body_text, shared_wider, org_wide, version, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, false, 1, ?)")) {
                int i = 0;
                for (WeekPost p : generated) {
                    UUID author = UUID.fromString(writers.get(i % writers.size()).personId());
                    OffsetDateTime at = week.start().plusSeconds(60L + i * 100L).atOffset(ZoneOffset.UTC);
                    if (p.opening()) {
                        thread.setObject(1, p.threadId());
                        thread.setObject(2, UUID.fromString(space));
                        thread.setObject(3, UUID.fromString(organisation));
                        thread.setObject(4, author);
                        thread.setString(5, p.threadTitle());
                        thread.setObject(6, at);
                        thread.setObject(7, at);
                        thread.setObject(8, at);
                        thread.setObject(9, at);
                        thread.addBatch();
                        threads.put(p.threadId(), author);
                    }
                    post.setObject(1, p.postId());
                    post.setObject(2, p.threadId());
                    post.setObject(3, UUID.fromString(space));
                    post.setObject(4, author);
                    post.setBoolean(5, p.opening());
                    post.setString(6, p.text());
                    post.setString(7, "<p>" + p.text() + "</p>");
                    post.setString(8, p.text());
                    post.setObject(9, at);
                    post.addBatch();
                    i++;
                    if (i % 500 == 0) {
                        thread.executeBatch();
                        post.executeBatch();
                    }
                }
                thread.executeBatch();
                post.executeBatch();
            }
            db.commit();
        }
    }

    private static final String[] TOPICS = ("handover rota shift ward patient chart medication dosage allergy discharge admission"
            + " triage bed pump infusion wound dressing catheter monitor alarm oxygen ventilator sepsis fever pain mobility fall"
            + " nutrition hydration family consent rounds audit incident training induction mentor preceptor roster leave overtime"
            + " badge locker parking canteen printer computer password system record report template checklist policy").split(" ");
    private static final String[] VERBS = ("check update write review sign record share agree explain forget remember ask answer"
            + " prepare order replace clean test escalate document").split(" ");
    private static final String[] FILLER = ("the a our this that every new old first last night day early late quick short long clear"
            + " shared missing wrong right usual").split(" ");

    /** Posts of threads of ten: each thread leans on two topic words, so that the week has topics to find. */
    static List<WeekPost> posts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WeekPost> posts = new ArrayList<>(count);
        UUID thread = null;
        String title = null;
        String[] topic = null;
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        for (int i = 0; i < count; i++) {
            boolean opening = i % 10 == 0;
            if (opening) {
                thread = UUID.randomUUID();
                topic = new String[] {zipf(TOPICS, random), zipf(TOPICS, random)};
                title = "About the " + topic[0] + " " + topic[1];
            }
            StringBuilder text = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + random.nextInt(11);
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    String word = switch (random.nextInt(6)) {
                        case 0, 1 -> topic[random.nextInt(2)];
                        case 2 -> VERBS[random.nextInt(VERBS.length)];
                        case 3 -> zipf(TOPICS, random);
                        default -> FILLER[random.nextInt(FILLER.length)];
                    };
                    sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : "");
                }
                text.append(sentence).append(random.nextInt(8) == 0 ? "? " : ". ");
            }
            posts.add(new WeekPost(UUID.randomUUID(), thread, title, new UUID(0, random.nextInt(200)), opening, 1, at.plusSeconds(i * 60L),
                    text.toString().strip()));
        }
        return posts;
    }

    private static String zipf(String[] words, SplittableRandom random) {
        // Rank r with probability ~ 1/r: a few topics dominate a week, as in a real space.
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(words.length + 1, u)) - 1;
        return words[Math.max(0, Math.min(words.length - 1, rank))];
    }

    private static void write(Path out, List<Row> rows) throws Exception {
        StringBuilder md = new StringBuilder("# Weekly synthesis benchmark\n\n")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ").append(Runtime.version())
                .append(", test JVM max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ").append(Instant.now())
                .append(". Target: a week of 5,000 posts drafted in under 2 s.\n\n")
                .append("| What | Posts | Runs | p50 (ms) | p95 (ms) | Heap (MB) | Target |\n|---|---:|---:|---:|---:|---:|---|\n");
        List<Object> json = new ArrayList<>();
        for (Row r : rows) {
            String target = r.posts() == 5_000 && !r.what().startsWith("LexRank")
                    ? (r.p95() < TARGET_MILLIS ? "< 2 s: met" : "< 2 s: missed") : "";
            md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %.0f | %.0f | %d | %s |%n", r.what(), r.posts(), r.runs(), r.p50(),
                    r.p95(), r.heapMb(), target));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("what", r.what());
            row.put("posts", r.posts());
            row.put("runs", r.runs());
            row.put("p50Millis", r.p50());
            row.put("p95Millis", r.p95());
            row.put("heapMb", r.heapMb());
            json.add(row);
        }
        md.append(String.format(Locale.ROOT, "%nServer resident memory (high-water during the drafts): %d MB. The heap of the in-JVM rows is the"
                + " growth over the heap before the runs (sampled after each run); the server's is its used heap's high-water.%n", serverRss));
        Files.writeString(out.resolve("WeeklySynthesisBenchmark.md"), md.toString());
        Files.writeString(out.resolve("WeeklySynthesisBenchmark.json"), JSONObjectUtils.toJSONString(Map.of("benchmark",
                "WeeklySynthesisBenchmark", "results", json, "serverRssMb", serverRss)));
        System.out.print(md);
    }
}
