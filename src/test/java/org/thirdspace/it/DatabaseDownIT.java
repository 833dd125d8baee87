package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be reached, or a URL no driver understands: the application stays up
 * (liveness UP, no crash loop), readiness is DOWN with the reason, requests get a clear 503, and the
 * migration is retried in the background.
 */
@OwnDatabase
class DatabaseDownIT {

    @Test
    void anUnreachableOrMistypedDatabaseGivesReadinessDownWithTheReason(@TempDir Path one, @TempDir Path two) throws Exception {
        int closedPort = PayaraMicroServer.freePort();
        try (PayaraMicroServer unreachable = PayaraMicroServer.start("db-unreachable", one,
                Map.of("thirdspace.db.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/thirdspace"));
             PayaraMicroServer mistyped = PayaraMicroServer.start("db-mistyped", two,
                     Map.of("thirdspace.db.url", "jdbc:postgres-typo://127.0.0.1/thirdspace"))) {
            unreachable.awaitLive(PayaraMicroServer.START_TIMEOUT);
            mistyped.awaitLive(PayaraMicroServer.START_TIMEOUT);

            ToolClient.Reply down = new ToolClient(unreachable).get("/health/ready");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("127.0.0.1:" + closedPort).contains("Connection refused");

            ToolClient.Reply typo = new ToolClient(mistyped).get("/health/ready");
            assertThat(typo.status()).isEqualTo(503);
            assertThat(typo.body()).contains("No bundled JDBC driver accepts the database URL");

            ToolClient.Reply request = new ToolClient(unreachable).get("/lti/jwks");
            assertThat(request.status()).isEqualTo(503);
            assertThat(request.json().get("detail")).asString().contains("cannot use its database yet");

            Thread.sleep(8_000);
            assertThat(unreachable.isAlive()).as("no crash").isTrue();
            assertThat(new ToolClient(unreachable).get("/health/live").status()).isEqualTo(200);
            assertThat(new ToolClient(unreachable).get("/health/ready").body()).contains("failedAttempts");
        }
    }
}
