package org.thirdspace.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.config.Setting;
import org.thirdspace.it.Member;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest run for 50,000 people (-Dthirdspace.bench.digest.people), on Payara Micro with the
 * integration tests' heap (-Xmx640m, serial GC) and PostgreSQL, sending through real SMTP to
 * GreenMail on 127.0.0.1 (in the benchmark's JVM; a real SMTP conversation per message over one
 * kept connection, no network beyond loopback).
 *
 * <p>Worst case: every person is due (arrived eight days ago, weekly default) and has something to
 * read — a weekly synthesis shared with the organisation, and for one in five a mention — so every
 * person's items are checked for access and every person gets an e-mail. Figures: wall time from
 * the commit of the data to the last digest recorded, digests per second, and the server's used
 * heap (from /metrics every 250 ms) before, at its peak in the first and in the last quarter of the
 * run (flat memory: the last quarter's peak is not above the first's by more than noise), and after.
 * Target: under 5 minutes.
 *
 * <p>Run: {@code mvn -Pbench verify -pl src -Dthirdspace.bench.only=DigestBenchmark}; figures go to
 * {@code target/benchmarks/DigestBenchmark.md} and {@code .json}.
 */
class DigestBenchmark {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+([0-9.eE+]+)");
    static final Duration TARGET = Duration.ofMinutes(5);

    record Sample(long millis, long heap) {
    }

    @Test
    void digestRun() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("DigestBenchmark"), "not selected");
        int people = Integer.getInteger("thirdspace.bench.digest.people", 50_000);
        Path out = Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks"));
        Files.createDirectories(out);
        int smtpPort = PayaraMicroServer.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (BenchDatabase database = BenchDatabase.create("digest_bench")) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("thirdspace.db.url", database.url());
            settings.put("thirdspace.db.user", database.user());
            settings.put("thirdspace.mail.smtp.host", "127.0.0.1");
            settings.put("thirdspace.mail.smtp.port", String.valueOf(smtpPort));
            settings.put("thirdspace.mail.smtp.tls", "none");
            settings.put("thirdspace.digest.tick-seconds", "1");
            settings.put("thirdspace.roster.schedule-seconds", "0");
            String senders = System.getProperty("thirdspace.bench.digest.senders", Setting.DIGEST_SENDERS.defaultValue());
            settings.put("thirdspace.digest.senders", senders);
            try (PayaraMicroServer server = PayaraMicroServer.start("digest-bench", Files.createTempDirectory("digest-bench-"), settings,
                    PayaraMicroServer.TEST_HEAP)) {
                server.awaitReady(Duration.ofMinutes(5));
                ToolClient tool = new ToolClient(server);
                TestPlatform platform = TestPlatform.register(tool);
                String course = "digest-bench";
                Member facilitator = Member.launch(tool, platform, "bench-facilitator", List.of(Member.INSTRUCTOR), course);
                String space = facilitator.createSpace("Digest bench");
                String thread = facilitator.startThread(space, "What we learned this week", "A week of practice");
                String post = facilitator.reply(thread, "Thanks everyone for the **figures**");
                String synthesis = (String) facilitator.ok("POST", "/api/artifacts", "{\"threadId\": \"" + thread
                        + "\", \"type\": \"WEEKLY_SYNTHESIS\", \"title\": \"Week 49 synthesis\"}").get("id");

                HttpClient http = HttpClient.newHttpClient();
                long before = heap(http, server);
                List<Sample> samples = new ArrayList<>();
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                Instant seeded;
                try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "")) {
                    seeded = seed(connection, platform.registrationId(), facilitator.personId(), space, thread, post, synthesis, people);
                    long start = System.currentTimeMillis();
                    sampler.scheduleAtFixedRate(() -> samples.add(new Sample(System.currentTimeMillis() - start, heap(http, server))),
                            0, 250, TimeUnit.MILLISECONDS);
                    Instant deadline = Instant.now().plus(TARGET.multipliedBy(3));
                    while (count(connection, "select count(*) from digest_delivery") < people && Instant.now().isBefore(deadline)) {
                        Thread.sleep(500);
                    }
                    sampler.shutdown();
                    sampler.awaitTermination(5, TimeUnit.SECONDS);
                    long sent = count(connection, "select count(*) from digest_delivery");
                    Instant last = instant(connection, "select max(sent_at) from digest_delivery");
                    Thread.sleep(3000);
                    long after = heap(http, server);
                    MimeMessage[] received = smtp.getReceivedMessages();
                    Set<String> ids = new HashSet<>();
                    for (MimeMessage message : received) {
                        ids.add(message.getMessageID());
                    }
                    double seconds = Duration.between(seeded, last).toMillis() / 1000.0;
                    List<Sample> during = samples.stream().filter(s -> s.millis() <= seconds * 1000).toList();
                    long firstQuarter = peak(during, 0, seconds * 250);
                    long lastQuarter = peak(during, seconds * 750, seconds * 1000);
                    long peak = peak(during, 0, seconds * 1000);
                    write(out, people, senders, sent, received.length, ids.size(), seconds, before, firstQuarter, lastQuarter, peak, after);
                    assertThat(sent).as("digests recorded").isEqualTo(people);
                    assertThat(received.length).as("messages the SMTP server received").isEqualTo(people);
                    assertThat(ids).as("one message per digest").hasSize(people);
                    assertThat(Duration.ofMillis((long) (seconds * 1000))).as("the run").isLessThan(TARGET);
                }
            }
        } finally {
            smtp.stop();
        }
    }

    /**
     * People who arrived eight days ago (so the weekly digest is due), members of the space through
     * the course; one in five mentioned in the thread; the synthesis published and shared with the organisation.
     * One transaction: the run sees all of it or none.
     */
    static Instant seed(Connection connection, String organisation, String facilitator, String space, String thread, String post,
                        String synthesis, int people) throws SQLException {
        connection.setAutoCommit(false);
        UUID org = UUID.fromString(organisation);
        try (PreparedStatement s = connection.prepareStatement("update artifact set audience = 'ORGANISATION', verification = 'PEER_REVIEWED', published_at = created_at where id = ?")) {
            s.setObject(1, UUID.fromString(synthesis));
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("create temp table g_person as select n, gen_random_uuid() as id"
                + " from generate_series(1, ?) n")) {
            s.setInt(1, people);
            s.execute();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into person (id, organisation_id, subject, display_name, email, locale,"
                + " status, created_at, updated_at) select id, ?, 'digest-' || n, 'Member ' || n, 'member' || n || '@bench.example',"
                + " (array['en','fr','de'])[1 + n % 3], 'ACTIVE', now() - interval '8 days', now() - interval '8 days' from g_person")) {
            s.setObject(1, org);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into course_membership (id, course_context_id, person_id, roles, status,"
                + " source, created_at, updated_at) select gen_random_uuid(), sc.course_context_id, p.id, 'LEARNER', 'ACTIVE', 'ROSTER',"
                + " now(), now() from g_person p cross join (select course_context_id from space_course where space_id = ?) sc")) {
            s.setObject(1, UUID.fromString(space));
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into notification (id, person_id, kind, actor_id, space_id, thread_id,"
                + " post_id, created_at) select gen_random_uuid(), p.id, 'MENTION', ?, ?, ?, ?, now() from g_person p where p.n % 5 = 0")) {
            s.setObject(1, UUID.fromString(facilitator));
            s.setObject(2, UUID.fromString(space));
            s.setObject(3, UUID.fromString(thread));
            s.setObject(4, UUID.fromString(post));
            s.executeUpdate();
        }
        connection.createStatement().execute("drop table g_person");
        connection.commit();
        Instant committed = Instant.now();
        connection.setAutoCommit(true);
        connection.createStatement().execute("analyze");
        return committed;
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Instant instant(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    static long heap(HttpClient http, PayaraMicroServer server) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(server.url("/metrics"))).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher heap = USED_HEAP.matcher(body);
            return heap.find() ? (long) Double.parseDouble(heap.group(1)) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    static long peak(List<Sample> samples, double fromMillis, double toMillis) {
        return samples.stream().filter(s -> s.millis() >= fromMillis && s.millis() <= toMillis).mapToLong(Sample::heap).max().orElse(0);
    }

    private static void write(Path out, int people, String senders, long sent, int received, int distinct, double seconds, long before, long firstQuarter,
                              long lastQuarter, long peak, long after) throws Exception {
        long mb = 1024 * 1024;
        String md = "# Digest run\n\n"
                + "Transport: **GreenMail over real SMTP on 127.0.0.1** (in the benchmark JVM); " + senders + " senders "
                + "(thirdspace.digest.senders), each with its own transaction per digest and its own kept SMTP connection. Server: Payara Micro "
                + "-Xmx640m serial GC, PostgreSQL on the same two cores. Every person due and given a digest (a synthesis for all, a "
                + "mention for one in five), every item checked for access.\n\n"
                + "| People | Digests recorded | Messages received | Distinct Message-IDs | Seconds | Digests/s | Heap before MB "
                + "| Heap peak, first quarter MB | Heap peak, last quarter MB | Heap peak MB | Heap after MB |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.0f | %d | %d | %d | %d | %d |%n", people, sent, received, distinct,
                seconds, sent / seconds, before / mb, firstQuarter / mb, lastQuarter / mb, peak / mb, after / mb)
                + "\nTarget: 50,000 people under " + TARGET.toMinutes() + " minutes, heap flat.\n";
        Files.writeString(out.resolve("DigestBenchmark.md"), md);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("transport", "GreenMail SMTP on 127.0.0.1");
        result.put("people", people);
        result.put("digestsRecorded", sent);
        result.put("messagesReceived", received);
        result.put("distinctMessageIds", distinct);
        result.put("seconds", seconds);
        result.put("heapBeforeMb", before / mb);
        result.put("heapPeakFirstQuarterMb", firstQuarter / mb);
        result.put("heapPeakLastQuarterMb", lastQuarter / mb);
        result.put("heapPeakMb", peak / mb);
        result.put("heapAfterMb", after / mb);
        Files.writeString(out.resolve("DigestBenchmark.json"), JSONObjectUtils.toJSONString(Map.of("benchmark", "DigestBenchmark", "results", result)));
        System.out.print(md);
    }
}
