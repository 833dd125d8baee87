package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Stop and start again: what was written before is still there — the registration, the person, the
 * tool's signing key — because the embedded database is a file in the data folder (or the
 * configured PostgreSQL database), not a throw-away one. Registration files are applied at both
 * starts, idempotently, and a bad file does not stop the others.
 */
class RestartIT {

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart(@TempDir Path data) throws Exception {
        String issuer = "https://file-lms-" + UUID.randomUUID() + ".test";
        Path registrations = Files.createDirectories(data.resolve("lti-config").resolve("registrations"));
        Files.writeString(registrations.resolve("a-lms.json"), """
                {"issuer": "%s", "clientId": "from-file", "name": "LMS from a file",
                 "authorizationEndpoint": "https://file-lms.test/auth", "jwksUri": "https://file-lms.test/jwks",
                 "targetLinkHosts": ["tool.test"], "deployments": [{"id": "file-deployment", "status": "active"}]}
                """.formatted(issuer));
        Files.writeString(registrations.resolve("b-broken.json"), "{\"issuer\": \"https://broken.test\", \"clientId\": ");
        Files.writeString(registrations.resolve("c-private.json"), """
                {"issuer": "https://private.test", "clientId": "x", "name": "n", "authorizationEndpoint": "https://p.test/a",
                 "jwksUri": "https://10.0.0.1/jwks", "targetLinkHosts": ["tool.test"]}
                """);

        String registrationId;
        String fileRegistration;
        String kid;
        try (PayaraMicroServer first = PayaraMicroServer.start("restart-1", data, Map.of()).awaitReady(PayaraMicroServer.START_TIMEOUT)) {
            ToolClient tool = new ToolClient(first);
            TestPlatform platform = TestPlatform.register(tool);
            assertThat(platform.launch(tool.browser(), "persistent-person", List.of(LEARNER), c -> { }).status()).isEqualTo(200);
            registrationId = platform.registrationId();
            kid = JwksIT.activeKid(tool);
            fileRegistration = onlyRegistrationWith(tool, issuer);
            assertThat(registrationsWith(tool, "https://private.test")).isEmpty();
            platform.close();
        }
        try (PayaraMicroServer second = PayaraMicroServer.start("restart-2", data, Map.of()).awaitReady(PayaraMicroServer.START_TIMEOUT)) {
            ToolClient tool = new ToolClient(second);
            Map<String, Object> people = tool.admin("GET", "/api/admin/registrations/" + registrationId + "/people", null).json();
            assertThat(((Number) people.get("total")).intValue()).isEqualTo(1);
            assertThat(people.get("people").toString()).contains("persistent-person");
            assertThat(JwksIT.activeKid(tool)).isEqualTo(kid);
            assertThat(onlyRegistrationWith(tool, issuer)).as("applied again, not duplicated").isEqualTo(fileRegistration);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> registrationsWith(ToolClient tool, String issuer) {
        return tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<String, Object>) r).filter(r -> issuer.equals(r.get("issuer"))).toList();
    }

    static String onlyRegistrationWith(ToolClient tool, String issuer) {
        List<Map<String, Object>> found = registrationsWith(tool, issuer);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("origin")).isEqualTo("file");
        assertThat(found.get(0).get("deployments").toString()).contains("file-deployment");
        return (String) found.get(0).get("id");
    }
}
