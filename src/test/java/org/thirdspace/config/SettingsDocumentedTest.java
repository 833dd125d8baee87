package org.thirdspace.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's configuration table is the {@link Setting} list, word for word. */
class SettingsDocumentedTest {

    static String table() {
        return "| Setting | Environment variable | Default | Meaning |\n|---|---|---|---|\n"
                + Arrays.stream(Setting.values())
                .map(s -> "| `" + s.key() + "` | `" + s.environmentVariable() + "` | "
                        + (s.defaultValue().isEmpty() ? "(empty)" : "`" + s.defaultValue() + "`") + " | " + s.meaning() + " |\n")
                .collect(Collectors.joining());
    }

    @Test
    void theReadmeTableListsEverySetting() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String documented = readme.substring(readme.indexOf("<!-- settings:begin -->\n") + 24, readme.indexOf("<!-- settings:end -->"));
        assertThat(documented).as("replace the README table with:%n%s", table()).isEqualTo(table());
    }

    @Test
    void environmentVariablesFollowMicroProfileConfig() {
        assertThat(Setting.DB_URL.environmentVariable()).isEqualTo("THIRDSPACE_DB_URL");
        assertThat(Setting.PRIVATE_HOSTS_ALLOWED.environmentVariable()).isEqualTo("THIRDSPACE_HTTP_PRIVATE_HOSTS_ALLOWED");
    }

    @Test
    void defaultsAreUsedWhenNothingIsConfigured() {
        ToolSettings settings = ToolSettings.of(java.util.Map.of());
        assertThat(settings.baseUrl().toString()).isEqualTo("http://localhost:8080");
        assertThat(settings.databaseUrl()).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");
        assertThat(settings.adminToken()).isEmpty();
        assertThat(settings.emulatorEnabled()).isFalse();
        assertThat(settings.clockSkew().getSeconds()).isEqualTo(60);
        assertThat(ToolSettings.of(java.util.Map.of(Setting.CLOCK_SKEW_SECONDS, "600")).clockSkew().getSeconds())
                .as("never more leeway than 60 s").isEqualTo(60);
        assertThat(ToolSettings.of(java.util.Map.of(Setting.BASE_URL, "https://tool.example.com/")).url("/lti/launch"))
                .isEqualTo("https://tool.example.com/lti/launch");
    }
}
