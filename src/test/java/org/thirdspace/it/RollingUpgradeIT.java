package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * A rolling upgrade on PostgreSQL (docs/UPGRADES.md). Node A runs the current release on a fresh
 * database under a steady load of launches, feed and thread reads and replies. Two nodes of "the
 * next release" start at once: the same WAR plus an expand-only migration (a new table, a nullable
 * column and an index on {@code post}) from {@code db/upgrade-rehearsal} in the test resources,
 * given through {@code thirdspace.db.extra-migration-locations}. Flyway's lock lets one of them
 * apply it, exactly once; node A answers every request before, during and after it; writes through
 * either release are read through the other; node A restarted after the migration, without it,
 * still starts and serves. Last, a contract step taken too early (the new column made NOT NULL
 * while node A still runs) makes A's replies fail, which shows the load would notice a migration
 * that breaks the rule.
 *
 * <p>Needs PostgreSQL (the nodes share one database; the migration pauses with {@code pg_sleep});
 * skipped on H2 unless {@code thirdspace.it.cluster-required} is set, as CI does. Creates and drops
 * a database of its own next to the one {@code thirdspace.it.db.url} names.
 */
class RollingUpgradeIT {

    static final int WORKERS = 2;
    /** Between two requests of one worker: a steady load that leaves the new nodes CPU to start on a small machine. */
    static final long PACE_MILLIS = 50;
    static final String NEXT_VERSION = "1000";
    private static final Pattern APPLIED = Pattern.compile("is at schema version (\\S+) \\((\\d+) migrations applied now\\)");

    /** One request of the load: when it was sent and answered, what it was, and why it failed (null when it did not). */
    record Outcome(Instant sent, Instant at, String what, String failure) {
        boolean failed() {
            return failure != null;
        }

        boolean overlaps(Instant from, Instant to) {
            return !sent.isAfter(to) && !at.isBefore(from);
        }

        long millis() {
            return Duration.between(sent, at).toMillis();
        }
    }

    @Test
    void theNextReleaseMigratesOnceWhileTheCurrentOneKeepsServingEveryRequest() throws Exception {
        String itUrl = System.getProperty("thirdspace.it.db.url", "");
        if (!itUrl.startsWith("jdbc:postgresql:")) {
            if (Boolean.getBoolean("thirdspace.it.cluster-required")) {
                fail("the rolling upgrade test needs PostgreSQL: -Dthirdspace.it.db.url=jdbc:postgresql://…");
            }
            Assumptions.abort("a rolling upgrade needs the shared PostgreSQL database");
        }
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "starts its own nodes");
        Path nextMigrations = Path.of(RollingUpgradeIT.class.getResource("/db/upgrade-rehearsal").toURI());

        try (FreshDatabase database = FreshDatabase.nextTo(itUrl, System.getProperty("thirdspace.it.db.user", ""))) {
            Map<String, String> current = new HashMap<>(Map.of(
                    "thirdspace.db.url", database.url(),
                    "thirdspace.db.user", database.user(),
                    "thirdspace.roster.schedule-seconds", "0",
                    "thirdspace.roster.stale-after-minutes", "0",
                    "thirdspace.safety.posts-per-minute", "1000"));
            Map<String, String> next = new HashMap<>(current);
            next.put("thirdspace.db.extra-migration-locations", "filesystem:" + nextMigrations);

            PayaraMicroServer nodeA = PayaraMicroServer.start("upgrade-a", Files.createTempDirectory("thirdspace-upgrade-a-"), current);
            List<PayaraMicroServer> nodes = new ArrayList<>(List.of(nodeA));
            ExecutorService load = Executors.newFixedThreadPool(WORKERS);
            try {
                nodeA.awaitReady(PayaraMicroServer.START_TIMEOUT);
                ToolClient onA = new ToolClient(nodeA);
                TestPlatform platform = TestPlatform.register(onA);
                String course = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);
                Member facilitator = Member.launch(onA, platform, "f-" + course, List.of(INSTRUCTOR), course);
                String space = facilitator.createSpace("Upgrading");
                String thread = facilitator.startThread(space, "Rolling upgrade", "Who notices the new release?");

                // The steady load on node A, from before the next release starts until the checks are done.
                AtomicBoolean stop = new AtomicBoolean();
                List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
                Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    int worker = w;
                    workers.add(load.submit(() -> work(onA, platform, course, space, thread, worker, stop, acknowledged, outcomes)));
                }
                Thread.sleep(3_000);

                // Two nodes of the next release at once: Flyway's lock lets one of them migrate.
                Instant upgradeStarted = Instant.now();
                PayaraMicroServer nodeB = PayaraMicroServer.start("upgrade-b", Files.createTempDirectory("thirdspace-upgrade-b-"), next);
                nodes.add(nodeB);
                PayaraMicroServer nodeC = PayaraMicroServer.start("upgrade-c", Files.createTempDirectory("thirdspace-upgrade-c-"), next);
                nodes.add(nodeC);
                nodeB.awaitReady(PayaraMicroServer.START_TIMEOUT);
                nodeC.awaitReady(PayaraMicroServer.START_TIMEOUT);
                Instant upgradeReady = Instant.now();

                assertThat(database.count("select count(*) from flyway_schema_history where version = '" + NEXT_VERSION + "' and success"))
                        .as("the next release's migration is applied exactly once").isEqualTo(1);
                assertThat(database.count("select count(*) from flyway_schema_history where not success")).isZero();
                assertThat(database.count("select count(*) from information_schema.columns "
                        + "where table_name = 'post' and column_name = 'reading_minutes'")).isEqualTo(1);
                assertThat(database.count("select count(*) from pg_indexes where indexname = 'post_reading_minutes'")).isEqualTo(1);
                List<List<String>> migrated = List.of(appliedAtStart(nodeB), appliedAtStart(nodeC));
                assertThat(migrated).as("schema version and migrations applied, as each new node logged them")
                        .containsExactlyInAnyOrder(List.of(NEXT_VERSION, "1"), List.of(NEXT_VERSION, "0"));
                Instant[] migration = database.migrationWindow(NEXT_VERSION);

                // Writes through either release are read through the other; so is a row the next release wrote.
                ToolClient onB = new ToolClient(nodeB);
                String fromA = facilitator.reply(thread, "Written through the current release after the migration");
                ToolClient.Reply written = onB.json("POST", "/api/threads/" + thread + "/replies",
                        "{\"body\": \"Written through the next release\"}", "Authorization", "Bearer " + facilitator.token());
                assertThat(written.status()).as(written.toString()).isBetween(200, 299);
                String fromB = (String) written.json().get("id");
                database.update("update post set reading_minutes = 1 where id = ?::uuid", fromB);
                database.update("insert into post_translation (post_id, language, body_html) values (?::uuid, 'fr', '<p>Écrit</p>')", fromB);
                assertThat(postIds(onB, facilitator.token(), thread)).contains(fromA);
                assertThat(postIds(onA, facilitator.token(), thread)).contains(fromB);
                Member onNext = Member.launch(new ToolClient(nodeC), platform, "newcomer-" + course, List.of(LEARNER), course);
                assertThat(onNext.reply(thread, "Launched on the next release")).isNotNull();

                Thread.sleep(2_000);
                stop.set(true);
                for (Future<?> worker : workers) {
                    worker.get(2, TimeUnit.MINUTES);
                }
                List<Outcome> all = List.copyOf(outcomes);
                List<Outcome> duringMigration = all.stream().filter(o -> o.overlaps(migration[0], migration[1])).toList();
                List<Outcome> duringUpgrade = all.stream().filter(o -> o.overlaps(upgradeStarted, upgradeReady)).toList();
                System.out.printf("Rolling upgrade: %d requests to node A, %d failed; %d replies acknowledged; migration %d ms "
                                + "(%d requests in flight meanwhile, slowest %d ms); next release ready %d s after its start "
                                + "(%d requests meanwhile, slowest %d ms)%n",
                        all.size(), all.stream().filter(Outcome::failed).count(), acknowledged.size(),
                        Duration.between(migration[0], migration[1]).toMillis(), duringMigration.size(), slowest(duringMigration),
                        Duration.between(upgradeStarted, upgradeReady).toSeconds(), duringUpgrade.size(), slowest(duringUpgrade));
                assertThat(all.stream().filter(Outcome::failed).toList()).as("requests to node A that failed").isEmpty();
                assertThat(duringMigration).as("requests to node A in flight while the migration ran").isNotEmpty();
                assertThat(all.stream().filter(o -> o.at().isAfter(upgradeReady))).as("requests after the upgrade").isNotEmpty();
                assertThat(acknowledged).hasSizeGreaterThan(5);
                assertThat(postIds(onB, facilitator.token(), thread)).containsAll(acknowledged);

                // Node A restarts as the current release: Flyway ignores the applied migration it does not carry.
                nodeA.stop();
                PayaraMicroServer restarted = PayaraMicroServer.start("upgrade-a-again",
                        Files.createTempDirectory("thirdspace-upgrade-a2-"), current);
                nodes.add(restarted);
                restarted.awaitReady(PayaraMicroServer.START_TIMEOUT);
                assertThat(appliedAtStart(restarted).get(1)).as("migrations the restarted current release applied").isEqualTo("0");
                ToolClient onRestarted = new ToolClient(restarted);
                assertThat(postIds(onRestarted, facilitator.token(), thread)).containsAll(acknowledged).contains(fromA, fromB);
                Member late = Member.launch(onRestarted, platform, "late-" + course, List.of(LEARNER), course);
                String afterRestart = late.reply(thread, "Written through the restarted current release");
                assertThat(postIds(onB, facilitator.token(), thread)).contains(afterRestart);
                assertThat(database.count("select count(*) from flyway_schema_history where version = '" + NEXT_VERSION + "'")).isEqualTo(1);

                // A contract step while the current release still runs breaks it: the rule is not a formality.
                database.update("update post set reading_minutes = 0 where reading_minutes is null");
                database.update("alter table post alter column reading_minutes set not null");
                ToolClient.Reply refused = late.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"Too early\"}");
                assertThat(refused.status()).as("a reply through the current release once a column it does not write is NOT NULL")
                        .isGreaterThanOrEqualTo(500);
                assertThat(database.count("select count(*) from post where body_markdown = 'Too early'")).isZero();
                database.update("alter table post alter column reading_minutes drop not null");
                assertThat(late.reply(thread, "Fine again once the constraint is gone")).isNotNull();
            } finally {
                load.shutdownNow();
                nodes.forEach(PayaraMicroServer::close);
            }
        }
    }

    /** One simulated member on node A, at a steady pace: launches, reads the feed and the thread, replies one time in four. */
    private static void work(ToolClient onA, TestPlatform platform, String course, String space, String thread, int worker,
                             AtomicBoolean stop, Set<String> acknowledged, List<Outcome> outcomes) {
        SimulatedMember member = new SimulatedMember(onA, platform, course, space, thread, "Worker " + worker, 20, 4, acknowledged);
        for (int i = 0; !stop.get(); i++) {
            Instant started = Instant.now();
            SimulatedMember.Step step = member.step(i);
            outcomes.add(new Outcome(started, Instant.now(), step.what(), step.failure()));
            try {
                Thread.sleep(PACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long slowest(List<Outcome> outcomes) {
        return outcomes.stream().mapToLong(Outcome::millis).max().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> postIds(ToolClient node, String token, String thread) {
        ToolClient.Reply reply = node.json("GET", "/api/threads/" + thread, null, "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) reply.json().get("posts")).stream()
                .map(p -> (String) p.get("id")).collect(Collectors.toSet());
    }

    /** The schema version and the number of migrations a node logged when its start-up migration finished. */
    private static List<String> appliedAtStart(PayaraMicroServer node) throws java.io.IOException {
        Matcher matcher = APPLIED.matcher(Files.readString(node.log()));
        assertThat(matcher.find()).as("migration line in " + node.log()).isTrue();
        return List.of(matcher.group(1), matcher.group(2));
    }

    /** A database of the test's own on the PostgreSQL server of {@code thirdspace.it.db.url}, dropped at the end. */
    record FreshDatabase(String server, String name, String user) implements AutoCloseable {

        private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)[^?]*(\\?.*)?");

        static FreshDatabase nextTo(String itUrl, String user) throws SQLException {
            Matcher matcher = URL.matcher(itUrl);
            assertThat(matcher.matches()).as("a PostgreSQL URL with a host: " + itUrl).isTrue();
            FreshDatabase database = new FreshDatabase(matcher.group(1),
                    "thirdspace_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), user);
            try (Connection connection = database.connect("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("create database " + database.name());
            }
            return database;
        }

        String url() {
            return server + name;
        }

        long count(String sql) throws SQLException {
            try (Connection connection = connect(name); ResultSet rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        void update(String sql, String... parameters) throws SQLException {
            try (Connection connection = connect(name); PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        }

        /**
         * When the migration ran, from Flyway's history: PostgreSQL's {@code now()}, which Flyway's
         * {@code installed_on} takes (a timestamp in the session's time zone), is the start of the
         * transaction that applied the migration and wrote the row.
         */
        Instant[] migrationWindow(String version) throws SQLException {
            try (Connection connection = connect(name); PreparedStatement statement = connection.prepareStatement(
                    "select (extract(epoch from installed_on::timestamptz) * 1000)::bigint, execution_time "
                            + "from flyway_schema_history where version = ?")) {
                statement.setString(1, version);
                try (ResultSet row = statement.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    Instant start = Instant.ofEpochMilli(row.getLong(1));
                    return new Instant[] {start, start.plusMillis(row.getLong(2))};
                }
            }
        }

        private Connection connect(String database) throws SQLException {
            Properties properties = new Properties();
            if (!user.isBlank()) {
                properties.setProperty("user", user);
            }
            return DriverManager.getConnection(server + database, properties);
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
