package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.LaunchNegativeIT.LEARNER;

/**
 * Stop and start again: what was written before is still there — the registration, the person, the
 * tool's signing key — because the embedded database is a file in the data folder (or the
 * configured PostgreSQL database), not a throw-away one.
 */
class RestartIT {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart(@TempDir Path data) throws Exception {
        Map<String, String> settings = Map.of();
        String registrationId;
        String kid;
        try (PayaraMicroServer first = PayaraMicroServer.start("restart-1", data, settings).awaitReady(Duration.ofMinutes(3))) {
            ToolClient tool = new ToolClient(first);
            TestPlatform platform = TestPlatform.register(tool);
            assertThat(platform.launch(tool.browser(), "persistent-person", List.of(LEARNER), c -> { }).status()).isEqualTo(200);
            registrationId = platform.registrationId();
            kid = JwksIT.activeKid(tool);
            platform.close();
        }
        try (PayaraMicroServer second = PayaraMicroServer.start("restart-2", data, settings).awaitReady(Duration.ofMinutes(3))) {
            ToolClient tool = new ToolClient(second);
            Map<String, Object> people = tool.admin("GET", "/api/admin/registrations/" + registrationId + "/people", null).json();
            assertThat(((Number) people.get("total")).intValue()).isEqualTo(1);
            assertThat(people.get("people").toString()).contains("persistent-person");
            assertThat(JwksIT.activeKid(tool)).isEqualTo(kid);
        }
    }
}
