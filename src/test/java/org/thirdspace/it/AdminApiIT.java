package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin REST API: who may call it, what it refuses, and that every change is audited. */
@ExtendWith(ToolServer.class)
class AdminApiIT {

    static String registration(String issuer, String jwksUri, String extra) {
        return """
                {"issuer": "%s", "clientId": "c-%s", "name": "Acme LMS",
                 "authorizationEndpoint": "https://lms.acme.test/auth", "jwksUri": "%s",
                 "targetLinkHosts": ["tool.acme.test"]%s}
                """.formatted(issuer, UUID.randomUUID(), jwksUri, extra);
    }

    @Test
    void withoutCredentialsOrWithAWrongOneTheApiAnswers401(ToolClient tool) {
        assertThat(tool.json("GET", "/api/admin/registrations", null).status()).isEqualTo(401);
        assertThat(tool.json("GET", "/api/admin/registrations", null, "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(tool.json("GET", "/api/admin/registrations", null, "Authorization", "Bearer ts1.forged.token").status())
                .isEqualTo(401);
        ToolClient.Reply reply = tool.json("GET", "/api/admin/registrations", null);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("detail")).asString().contains("open the tool from your course");
    }

    @Test
    void theOperatorCreatesAndUpdatesARegistrationAndEachChangeIsAudited(ToolClient tool) {
        String issuer = "https://acme-" + UUID.randomUUID() + ".test";
        ToolClient.Reply created = tool.admin("POST", "/api/admin/registrations",
                registration(issuer, "https://lms.acme.test/jwks", ", \"deployments\": [{\"id\": \"d1\"}]"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = (String) created.json().get("id");
        assertThat(created.json().get("status")).isEqualTo("active");

        ToolClient.Reply duplicate = tool.admin("POST", "/api/admin/registrations", created.body()
                .replace("\"id\":\"" + id + "\",", ""));
        assertThat(duplicate.status()).isIn(400, 409);

        ToolClient.Reply updated = tool.admin("PUT", "/api/admin/registrations/" + id,
                registration(issuer, "https://lms.acme.test/keys/v2", ""));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("jwksUri")).isEqualTo("https://lms.acme.test/keys/v2");

        ToolClient.Reply disabled = tool.admin("POST", "/api/admin/registrations/" + id + "/status", "{\"status\": \"disabled\"}");
        assertThat(disabled.json().get("status")).isEqualTo("disabled");

        List<Object> audit = tool.admin("GET", "/api/admin/audit?organisation=" + id, null).jsonArray();
        assertThat(audit).extracting(a -> (Object) ((Map<?, ?>) a).get("action"))
                .contains("registration.create", "registration.update", "registration.disabled");
        assertThat(audit).allSatisfy(a -> assertThat(((Map<?, ?>) a).get("actor")).isEqualTo("bootstrap-admin"));
    }

    @Test
    void aDisabledRegistrationCannotLaunch(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/status", "{\"status\": \"disabled\"}");
        ToolClient.Reply reply = tool.browser().postForm("/lti/login", platform.loginParameters("someone"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Location")).isNull();
    }

    @Test
    void keySetsAndTokenEndpointsOnPrivateAddressesAreRefusedAtRegistration(ToolClient tool) {
        for (String url : List.of("https://169.254.169.254/latest/meta-data", "https://10.0.0.7/jwks", "https://192.168.1.1/jwks",
                "https://[::1]/jwks", "https://172.16.5.4/jwks", "http://lms.acme.test/jwks")) {
            ToolClient.Reply reply = tool.admin("POST", "/api/admin/registrations",
                    registration("https://ssrf-" + UUID.randomUUID() + ".test", url, ""));
            assertThat(reply.status()).as(url).isEqualTo(400);
            assertThat(reply.json().get("detail")).asString().contains("jwksUri");
        }
        ToolClient.Reply token = tool.admin("POST", "/api/admin/registrations",
                registration("https://ssrf-" + UUID.randomUUID() + ".test", "https://lms.acme.test/jwks",
                        ", \"tokenEndpoint\": \"https://10.9.8.7/token\""));
        assertThat(token.status()).isEqualTo(400);
        assertThat(token.json().get("detail")).asString().contains("tokenEndpoint");
    }

    @Test
    void incompleteRegistrationsAreRefusedWithTheField(ToolClient tool) {
        ToolClient.Reply noIssuer = tool.admin("POST", "/api/admin/registrations",
                "{\"clientId\": \"x\", \"name\": \"n\", \"authorizationEndpoint\": \"https://a.test/auth\","
                        + " \"jwksUri\": \"https://a.test/jwks\", \"targetLinkHosts\": [\"t.test\"]}");
        assertThat(noIssuer.status()).isEqualTo(400);
        assertThat(noIssuer.json().get("detail")).asString().contains("issuer");
        ToolClient.Reply badStatus = tool.admin("POST", "/api/admin/registrations",
                registration("https://s-" + UUID.randomUUID() + ".test", "https://a.test/jwks", ", \"status\": \"maybe\""));
        assertThat(badStatus.status()).isEqualTo(400);
        ToolClient.Reply notJson = tool.admin("POST", "/api/admin/registrations", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void anUnknownRegistrationIsNotFound(ToolClient tool) {
        assertThat(tool.admin("GET", "/api/admin/registrations/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }
}
