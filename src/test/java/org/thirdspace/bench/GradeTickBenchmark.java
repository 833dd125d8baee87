package org.thirdspace.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What participation grading costs a node while nothing changes: 1,000 courses of 250 learners,
 * each course's space reached through a resource link whose grading is on, every score computed
 * and sent already. The server runs with the default grade tick (every 5 s); the benchmark reads
 * the server's and PostgreSQL's CPU over a quiet minute with grading off on every link, then over
 * one with it on, and writes both to {@code target/benchmarks/grade-tick.md} and {@code .json}.
 */
class GradeTickBenchmark {

    private static final int PEOPLE = 50_000;
    private static final Duration QUIET = Duration.ofSeconds(Long.getLong("thirdspace.bench.grades.seconds", 60));

    record Phase(String name, double seconds, double serverCpuMillis, double databaseCpuMillis) {

        double serverPerSecond() {
            return serverCpuMillis / seconds;
        }

        double databasePerSecond() {
            return databaseCpuMillis / seconds;
        }
    }

    @Test
    void quietMinutesWithGradingOffAndOn() throws Exception {
        String only = System.getProperty("thirdspace.bench.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.contains("GradeTickBenchmark"));
        Path out = Files.createDirectories(Path.of(System.getProperty("thirdspace.bench.out", "target/benchmarks")));
        try (BenchDatabase database = BenchDatabase.create("thirdspace_bench_grades");
             PayaraMicroServer server = PayaraMicroServer.start("bench-grades", Files.createTempDirectory("bench-grades"),
                     Map.of("thirdspace.db.url", database.url(), "thirdspace.db.user", database.user()),
                     LaunchBenchmark.jvmOptions()).awaitReady(Duration.ofMinutes(3))) {
            TestPlatform platform = TestPlatform.register(new ToolClient(server));
            // A tenth of the community benchmark's posts (100 a space), its people and courses.
            CommunityData.of(platform, PEOPLE).tenthOfThePosts().generate(database);
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
                 Statement sql = connection.createStatement()) {
                gradedLinks(sql, platform);
                Phase off = quiet("grading off", server);

                sql.executeUpdate("update link_grading set enabled = true, updated_at = now()");
                long deliveries = firstPass(connection);
                // Every score sent: from here on a tick finds nothing to send, as on most of a real day (twice:
                // a send under way when the first update ran may still record its failure).
                for (int i = 0; i < 2; i++) {
                    sql.executeUpdate("update grade_delivery set state = 'SENT', sent_at = now(), last_timestamp = now(),"
                            + " problem = null, problem_status = null");
                    Thread.sleep(10_000);
                }
                sql.execute("vacuum analyze grade_delivery");
                Phase on = quiet("grading on, nothing changing", server);

                write(out, off, on, DigestBenchmark.count(connection, "select count(*) from link_grading where enabled"), deliveries);
                assertThat(deliveries).as("the first pass scored the learners who took part").isPositive();
            }
        }
    }

    /** One resource link per course, opening the course's space, with grading set up but off. */
    private static void gradedLinks(Statement sql, TestPlatform platform) throws SQLException {
        sql.executeUpdate("insert into resource_link (id, course_context_id, link_key, title, created_at, updated_at)"
                + " select gen_random_uuid(), c.id, 'graded-' || c.context_key, 'Community', now(), now() from course_context c"
                + " where c.context_key like 'bench-course-%'");
        sql.executeUpdate("insert into space_entry (resource_link_id, space_id, created_at)"
                + " select l.id, sc.space_id, now() from resource_link l join space_course sc on sc.course_context_id = l.course_context_id"
                + " where l.link_key like 'graded-%'");
        sql.executeUpdate("insert into link_grading (resource_link_id, organisation_id, course_context_id, link_key, link_title,"
                + " line_items_url, scopes, enabled, required_conversations, updated_at)"
                + " select l.id, '" + platform.registrationId() + "'::uuid, l.course_context_id, l.link_key, l.title,"
                + " 'http://127.0.0.1:9/lineitems', 'https://purl.imsglobal.org/spec/lti-ags/scope/score', false, 3, now()"
                + " from resource_link l where l.link_key like 'graded-%'");
        sql.execute("vacuum analyze");
    }

    /** Waits until the ticks have scored every link once: the number of deliveries stops growing. */
    private static long firstPass(Connection connection) throws Exception {
        long last = -1;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(15_000);
            long now = DigestBenchmark.count(connection, "select count(*) from grade_delivery");
            if (now > 0 && now == last) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the grade ticks did not settle within 5 minutes");
    }

    private static Phase quiet(String name, PayaraMicroServer server) throws InterruptedException {
        double serverBefore = ProcessCpu.millis(server.pid());
        double databaseBefore = ProcessCpu.databaseMillis();
        long start = System.nanoTime();
        Thread.sleep(QUIET.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, seconds, ProcessCpu.millis(server.pid()) - serverBefore, ProcessCpu.databaseMillis() - databaseBefore);
    }

    private static void write(Path out, Phase off, Phase on, long links, long deliveries) throws Exception {
        StringBuilder md = new StringBuilder("# Grade tick benchmark\n\n")
                .append(String.format(Locale.ROOT, "%d resource links with participation grading, one per course of %d learners "
                        + "(%d people, 5 courses each), each opening its course's space of 100 posts; %d scores computed and sent. "
                        + "Payara Micro with the default grade tick (5 s) and PostgreSQL on this machine; nothing else happens. "
                        + "CPU over a quiet %d s, in ms of CPU per second (1,000 is a whole core).%n%n",
                        links, PEOPLE * 5 / 1000, PEOPLE, deliveries, QUIET.toSeconds()))
                .append("| phase | server CPU ms/s | PostgreSQL CPU ms/s |\n|---|---|---|\n");
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"benchmark\":\"grade-tick\",\"links\":%d,\"learnersPerLink\":%d,\"deliveries\":%d,\"phases\":[",
                links, PEOPLE * 5 / 1000, deliveries));
        for (Phase phase : new Phase[] {off, on}) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", phase.name(), phase.serverPerSecond(), phase.databasePerSecond()));
            json.append(String.format(Locale.ROOT, "%s{\"phase\":\"%s\",\"seconds\":%.1f,\"serverCpuMillisPerSecond\":%.2f,"
                            + "\"databaseCpuMillisPerSecond\":%.2f}", phase == off ? "" : ",", phase.name(), phase.seconds(),
                    phase.serverPerSecond(), phase.databasePerSecond()));
        }
        json.append("]}\n");
        Files.writeString(out.resolve("grade-tick.md"), md);
        Files.writeString(out.resolve("grade-tick.json"), json);
        System.out.println(md);
    }
}
