package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's way into the console from the emulator (development only): a form post answers
 * with the console page carrying the operator's credential of this process, which the admin API
 * accepts as the operator's; a GET, or a made-up credential, gets nothing. "Seed a month of activity"
 * refuses a course without a community with a clear page and writes nothing.
 */
@ExtendWith(ToolServer.class)
class EmulatorOperatorConsoleIT {

    private static String credentialIn(String page) {
        return page.replaceAll("(?s).*<meta name=\"ts-session\" content=\"([^\"]*)\">.*", "$1");
    }

    @Test
    void theEmulatorOpensTheConsoleAsTheOperatorWithoutATokenInAnyAddress(ToolClient tool) {
        assertThat(tool.get("/emulator").body()).contains("Open the console as operator").contains("action=\"/emulator/console\"");
        ToolClient.Reply page = tool.postForm("/emulator/console", Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        String credential = credentialIn(page.body());
        assertThat(credential).startsWith("dev-operator-").isNotEqualTo(tool.adminToken());

        Map<String, Object> who = tool.json("GET", "/api/admin/console", null, "Authorization", "Bearer " + credential).json();
        assertThat(who).containsEntry("operator", true).containsEntry("mayChangeStatus", true);
        // The same for every form post of this process: one credential, drawn at start.
        assertThat(credentialIn(tool.postForm("/emulator/console", Map.of()).body())).isEqualTo(credential);

        assertThat(tool.get("/emulator/console").status()).isEqualTo(405);
        assertThat(tool.json("GET", "/api/admin/console", null, "Authorization", "Bearer " + credential + "x").status()).isEqualTo(401);
        assertThat(tool.json("GET", "/api/admin/console", null, "Authorization", "Bearer dev-operator-").status()).isEqualTo(401);
    }

    @Test
    void seedingACourseWithoutACommunityIsRefusedAndWritesNothing(ToolClient tool) {
        String course = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tool.json("PUT", "/emulator/courses/" + course + "/roster", "{\"size\": 0, \"title\": \"Seedless\"}").status())
                .isEqualTo(200);
        String organisation = (String) tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<?, ?>) r).filter(r -> "emulator".equals(r.get("origin"))).findFirst().orElseThrow().get("id");
        String firstLearner = "/api/admin/organisations/" + organisation + "/people?q=" + "amara.abbott.0%40northwind.example";
        int before = tool.admin("GET", firstLearner, null).jsonArray().size();

        ToolClient.Reply refused = tool.postForm("/emulator/courses/" + course + "/activity", Map.of("site", "first"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Nothing was seeded").contains("Seedless has no community in Thirdspace yet")
                .contains("enter the course as its instructor first");
        // The first learner the seed records was rolled back with the rest, and the LMS's roster is as it was.
        assertThat(tool.admin("GET", firstLearner, null).jsonArray()).hasSize(before);
        assertThat(tool.json("GET", "/emulator/courses/" + course + "/roster", null).json()).containsEntry("generated", 0L);

        // A platform that is not registered yet: refused in words too.
        ToolClient.Reply second = tool.postForm("/emulator/courses/" + course + "/activity", Map.of("site", "second"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Nothing was seeded");
    }
}
