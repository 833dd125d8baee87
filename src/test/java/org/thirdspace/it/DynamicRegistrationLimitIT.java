package org.thirdspace.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration URL is open to anyone and makes the tool fetch what it is given: the installation
 * takes {@code thirdspace.lti.dynamic-registration.per-hour} attempts in an hour (3 on this server of
 * its own), and the next one is refused with 429, Retry-After and a page that says so, before
 * anything is fetched from the platform or stored.
 */
@OwnDatabase
class DynamicRegistrationLimitIT {

    private static final int LIMIT = 3;
    private static PayaraMicroServer server;
    private static ToolClient tool;

    private static ToolClient.Reply register(DynamicRegistrationPlatform platform) {
        return tool.get("/lti/register?openid_configuration=" + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
                + "&registration_token=t");
    }

    private static List<Object> registrationsOf(String issuer) {
        return tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .filter(r -> issuer.equals(((Map<?, ?>) r).get("issuer"))).toList();
    }

    @Test
    void theAttemptAfterTheLimitIsRefusedWithAClearPageAndNothingIsFetchedOrStored() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            try (DynamicRegistrationPlatform platform = new DynamicRegistrationPlatform()) {
                ToolClient.Reply page = register(platform);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                assertThat(registrationsOf(platform.origin())).hasSize(1);
            }
        }
        try (DynamicRegistrationPlatform platform = new DynamicRegistrationPlatform()) {
            ToolClient.Reply refused = register(platform);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(refused.body()).contains("Thirdspace could not register with this platform")
                    .contains("Too many platforms tried to register with Thirdspace in the last hour")
                    .contains("Nothing was fetched or registered").contains("lti.register.too-many");
            assertThat(platform.registered).as("the platform's registration endpoint was not called").isNull();
            assertThat(platform.authorization).isNull();
            assertThat(registrationsOf(platform.origin())).isEmpty();

            // A refused attempt does not count for later ones, but the window is still full.
            assertThat(register(platform).status()).isEqualTo(429);
            assertThat(platform.registered).isNull();
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        server = PayaraMicroServer.start("registration-limit", Files.createTempDirectory("thirdspace-registration-limit-"),
                // Its own embedded database: the limit counts every attempt of the installation, and on a
                // shared database the other test servers' registrations would count too.
                Map.of("thirdspace.lti.dynamic-registration.per-hour", String.valueOf(LIMIT), "thirdspace.db.url", ""))
                .awaitReady(PayaraMicroServer.START_TIMEOUT);
        tool = new ToolClient(server);
    }

    @AfterAll
    static void tearDown() {
        if (server != null) {
            server.close();
        }
    }
}
