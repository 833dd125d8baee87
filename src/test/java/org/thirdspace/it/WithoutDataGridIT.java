package org.thirdspace.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node runs without Payara's data grid ({@code --nohazelcast}): the nodes of a cluster share their
 * state through the database, so a node listens on its HTTP port and nothing else, and what would
 * need the grid's EJB timer store runs on the managed executor — the purge of logins that can no
 * longer be used and of LTI 1.1 nonces out of their window (here every second, with logins valid
 * for three). Its own server on an H2 database in mixed mode (AUTO_SERVER), so that this JVM can
 * count the rows.
 */
@OwnDatabase
class WithoutDataGridIT {

    private static final Duration STATE_TTL = Duration.ofSeconds(3);

    static PayaraMicroServer server;
    static ToolClient tool;
    static String dbUrl;
    static Path database;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("thirdspace-without-data-grid-");
        database = dir.resolve("db");
        dbUrl = PayaraMicroServer.mixedModeH2(dir);
        server = PayaraMicroServer.start("without-data-grid", dir, Map.of("thirdspace.db.url", dbUrl,
                "thirdspace.lti.state-ttl-seconds", String.valueOf(STATE_TTL.toSeconds()),
                "thirdspace.lti.login-purge-seconds", "1")).awaitReady(PayaraMicroServer.START_TIMEOUT);
        tool = new ToolClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aNodeListensOnItsHttpPortOnly() throws Exception {
        Set<Integer> ports = new TreeSet<>(ListeningPorts.of(server.pid()));
        // H2's mixed mode, which this test's database is opened in, serves it to other processes on
        // a port it writes into its lock file ("server=host:port"); production runs on PostgreSQL.
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(database.resolve("thirdspace.lock.db"), StandardCharsets.ISO_8859_1)) {
            lock.load(reader);
        }
        String h2 = lock.getProperty("server");
        ports.remove(Integer.parseInt(h2.substring(h2.lastIndexOf(':') + 1)));

        assertThat(ports).as("ports the node listens on, besides H2's").containsExactly(server.port());
    }

    @Test
    void expiredLoginsAndNoncesAreDeletedOnTheScheduleAndLiveOnesKept() throws Exception {
        TestPlatform platform = TestPlatform.register(tool);
        Instant started = Instant.now();
        Login login = platform.login(tool.browser(), platform.loginParameters("purged-" + UUID.randomUUID()));
        String state = login.parameters().get("state");
        String consumer = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = DriverManager.getConnection(dbUrl, "", "")) {
            insertNonce(db, consumer, "out-of-window", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            insertNonce(db, consumer, "in-window", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
            assertThat(Duration.between(started, Instant.now())).as("checked before the login expired").isLessThan(STATE_TTL);
            assertThat(count(db, "select count(*) from oidc_login where state = ?", state)).as("login kept while valid").isEqualTo(1);

            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (count(db, "select count(*) from oidc_login where state = ?", state) > 0
                    || count(db, "select count(*) from lti11_nonce where consumer_key = ? and nonce = 'out-of-window'", consumer) > 0) {
                assertThat(Instant.now()).as("the expired login and nonce purged").isBefore(deadline);
                Thread.sleep(250);
            }
            assertThat(count(db, "select count(*) from lti11_nonce where consumer_key = ? and nonce = 'in-window'", consumer))
                    .as("a nonce still in its window stays, or it could be replayed").isEqualTo(1);
        }
    }

    private static void insertNonce(Connection db, String consumer, String nonce, OffsetDateTime expires) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into lti11_nonce (consumer_key, nonce, expires_at) values (?, ?, ?)")) {
            insert.setString(1, consumer);
            insert.setString(2, nonce);
            insert.setObject(3, expires);
            insert.executeUpdate();
        }
    }

    private static int count(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
