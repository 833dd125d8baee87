package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LTI Dynamic Registration 1.0 from the tool's side, against a platform played over real HTTP: the
 * registration it posts, the pending registration it keeps, and each refusal (LTI.md negative tests
 * 17 and 18) as a clear page that leaves nothing registered.
 */
@ExtendWith(ToolServer.class)
class DynamicRegistrationIT {

    private static ToolClient.Reply register(ToolClient tool, String configurationUrl, String token) {
        return tool.get("/lti/register?openid_configuration=" + URLEncoder.encode(configurationUrl, StandardCharsets.UTF_8)
                + (token == null ? "" : "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private static List<Map<String, Object>> registrationsOf(ToolClient tool, String issuer) {
        return tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<String, Object>) r).filter(r -> issuer.equals(r.get("issuer"))).toList();
    }

    @Test
    void theToolRegistersItselfAndWaitsPendingForTheOperator(ToolClient tool) throws Exception {
        try (DynamicRegistrationPlatform platform = new DynamicRegistrationPlatform()) {
            ToolClient.Reply page = register(tool, platform.configurationUrl(), "token-123");

            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body()).contains("Thirdspace is registered with your platform").contains("/static/js/lti/registration-close.js");
            // The platform frames the dialog: its origin may, nobody else.
            assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'self' " + platform.origin());
            assertThat(tool.get("/static/js/lti/registration-close.js").body()).contains("org.imsglobal.lti.close");

            assertThat(platform.authorization).isEqualTo("Bearer token-123");
            Map<String, Object> posted = platform.registered;
            assertThat(posted.get("application_type")).isEqualTo("web");
            assertThat(posted.get("response_types")).isEqualTo(List.of("id_token"));
            assertThat(posted.get("grant_types")).isEqualTo(List.of("implicit", "client_credentials"));
            assertThat(posted.get("initiate_login_uri")).isEqualTo(tool.url("/lti/login"));
            assertThat(posted.get("redirect_uris")).isEqualTo(List.of(tool.url("/lti/launch")));
            assertThat(posted.get("jwks_uri")).isEqualTo(tool.url("/.well-known/jwks.json"));
            assertThat(posted.get("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
            // Only the service scopes the platform offers.
            assertThat(posted.get("scope")).isEqualTo("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly "
                    + "https://purl.imsglobal.org/spec/lti-ags/scope/score");
            Map<String, Object> configuration = (Map<String, Object>) posted.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
            assertThat(configuration.get("domain")).isEqualTo(java.net.URI.create(tool.url("/")).getAuthority());
            assertThat(configuration.get("target_link_uri")).isEqualTo(tool.url("/lti/launch"));
            assertThat((List<String>) configuration.get("claims")).contains("sub", "name", "email", "locale");
            List<Map<String, Object>> messages = (List<Map<String, Object>>) configuration.get("messages");
            assertThat(messages).extracting(m -> m.get("type")).containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
            assertThat(messages.get(1).get("placements")).isEqualTo(List.of("ContentArea"));

            List<Map<String, Object>> stored = registrationsOf(tool, platform.origin());
            assertThat(stored).hasSize(1);
            Map<String, Object> registration = stored.get(0);
            assertThat(registration.get("clientId")).isEqualTo(platform.clientId);
            assertThat(registration.get("status")).isEqualTo("pending");
            assertThat(registration.get("origin")).isEqualTo("dynamic");
            assertThat(registration.get("jwksUri")).isEqualTo(platform.origin() + "/jwks");
            assertThat((List<Map<String, Object>>) registration.get("deployments")).singleElement()
                    .satisfies(d -> assertThat(d.get("deploymentId")).isEqualTo(platform.deploymentId));

            // The same client id again is not a second registration.
            ToolClient.Reply again = register(tool, platform.configurationUrl(), "token-456");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("already registered");
            assertThat(registrationsOf(tool, platform.origin())).hasSize(1);
        }
    }

    private static void refused(ToolClient tool, Consumer<DynamicRegistrationPlatform> spoil, String reference, String why) throws Exception {
        try (DynamicRegistrationPlatform platform = new DynamicRegistrationPlatform()) {
            spoil.accept(platform);
            ToolClient.Reply page = register(tool, platform.configurationUrl(), "t");
            assertThat(page.status()).as(page.toString()).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("Thirdspace could not register with this platform").contains(why)
                    .contains("lti.register." + reference).contains("Nothing was registered");
            assertThat(registrationsOf(tool, platform.origin())).isEmpty();
        }
    }

    @Test
    void aConfigurationWhoseIssuerIsAnotherSiteIsRefused(ToolClient tool) throws Exception {
        refused(tool, p -> p.configurationChange = c -> {
            c.put("issuer", "https://lms.example.com");
            return c;
        }, "issuer-mismatch", "is not on the site the configuration came from");
        // Same host, another port: another origin.
        refused(tool, p -> p.configurationChange = c -> {
            c.put("issuer", "http://127.0.0.1:1");
            return c;
        }, "issuer-mismatch", "is not on the site the configuration came from");
        assertThat(registrationsOf(tool, "https://lms.example.com")).isEmpty();
    }

    @Test
    void configurationsThatAreNotHttpsOrOnPrivateAddressesAreNotFetched(ToolClient tool) {
        ToolClient.Reply http = register(tool, "http://lms.example.com/.well-known/openid-configuration", "t");
        assertThat(http.status()).isEqualTo(400);
        assertThat(http.body()).contains("lti.register.configuration-refused").contains("only https URLs are accepted");

        ToolClient.Reply metadata = register(tool, "https://169.254.169.254/latest/meta-data", "t");
        assertThat(metadata.status()).isEqualTo(400);
        assertThat(metadata.body()).contains("lti.register.configuration-refused").contains("private or local address");

        ToolClient.Reply privateNetwork = register(tool, "https://10.1.2.3/.well-known/openid-configuration", "t");
        assertThat(privateNetwork.status()).isEqualTo(400);
        assertThat(privateNetwork.body()).contains("private or local address");

        ToolClient.Reply none = tool.get("/lti/register");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("lti.register.no-configuration");
    }

    @Test
    void anEndpointOnAPrivateAddressIsRefused(ToolClient tool) throws Exception {
        refused(tool, p -> p.configurationChange = c -> {
            c.put("jwks_uri", "https://192.168.1.10/jwks");
            return c;
        }, "endpoint-refused", "jwks_uri is refused");
        refused(tool, p -> p.configurationChange = c -> {
            c.put("registration_endpoint", "http://lms.example.com/register");
            return c;
        }, "endpoint-refused", "registration_endpoint is refused");
    }

    @Test
    void anOversizedConfigurationIsRefused(ToolClient tool) throws Exception {
        refused(tool, p -> p.rawConfiguration = "{\"issuer\":\"" + p.origin() + "\",\"padding\":\"" + "x".repeat(200_000) + "\"}",
                "configuration-refused", "response larger than");
    }

    @Test
    void aConfigurationWithoutTheEndpointsTheToolNeedsIsRefused(ToolClient tool) throws Exception {
        for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")) {
            refused(tool, p -> p.configurationChange = c -> {
                c.remove(endpoint);
                return c;
            }, "configuration-incomplete", "has no " + endpoint);
        }
        refused(tool, p -> p.configurationChange = c -> {
            c.put("https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of("messages_supported",
                    List.of(Map.of("type", "LtiDeepLinkingRequest"))));
            return c;
        }, "no-resource-links", "does not list LtiResourceLinkRequest");
        refused(tool, p -> p.rawConfiguration = "not json", "configuration-unreadable", "is not a JSON object");
    }

    @Test
    void anErrorOfThePlatformsRegistrationEndpointIsShownAndNothingIsKept(ToolClient tool) throws Exception {
        refused(tool, p -> p.registrationStatus = 400, "registration-failed",
                "answered HTTP 400 (invalid_client_metadata: the registration token expired)");
    }
}
