package org.thirdspace.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/** The LTI.md negative tests that are about what does succeed, or need more than one request. */
@ExtendWith(ToolServer.class)
class LaunchSecurityIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    static String subject() {
        return "user-" + UUID.randomUUID();
    }

    static Map<String, Object> me(ToolClient.Reply launch) {
        assertThat(launch.status()).as(launch.toString()).isEqualTo(200);
        String token = launch.sessionToken();
        assertThat(token).startsWith("ts1.");
        ToolClient.Reply me = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return me.json();
    }

    @Test
    void aValidLaunchCreatesASessionHeldByThePageAndACookie() {
        ToolClient.Reply reply = platform.launch(tool.browser(), subject(), List.of(LEARNER), c -> { });
        assertThat(me(reply).get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(reply.headers("Set-Cookie")).anyMatch(c -> c.startsWith("ts_session=") && c.contains("SameSite=None")
                && c.contains("Secure") && c.contains("Partitioned") && c.contains("HttpOnly"));
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        // The landing page carries who the person is, so it shows without a second request.
        assertThat(reply.body()).contains("<script type=\"application/json\" id=\"ts-bootstrap\">")
                .contains("\"roles\":[\"LEARNER\"]").contains("\"name\":\"Course One\"");
    }

    @Test
    void aNewKidTriggersOneRefetchAtOnceAndAFloodOfUnknownKidsAtMostOnePerInterval() throws Exception {
        TestPlatform rotating = TestPlatform.register(tool);
        assertThat(rotating.launch(tool.browser(), subject(), List.of(LEARNER), c -> { }).status()).isEqualTo(200);
        int afterFirst = rotating.jwksFetches();
        assertThat(afterFirst).isEqualTo(1);

        // The platform rotates: a token signed with a key the tool has not seen makes it refetch once,
        // at once, although the set was fetched a moment ago (the minimum refresh interval is 2 s here).
        RSAKey next = TestPlatform.newKey();
        rotating.publish(rotating.key().toPublicJWK(), next.toPublicJWK());
        ToolClient.Browser browser = tool.browser();
        String who = subject();
        Login login = rotating.login(browser, rotating.loginParameters(who));
        String token = TestPlatform.sign(rotating.launchClaims(login, who, List.of(LEARNER)).build(),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(next.getKeyID()).build(), next);
        assertThat(browser.postForm("/lti/launch", Map.of("id_token", token, "state", login.state())).status()).isEqualTo(200);
        assertThat(rotating.jwksFetches()).isEqualTo(afterFirst + 1);

        long start = System.nanoTime();
        int before = rotating.jwksFetches();
        for (int i = 0; i < 100; i++) {
            ToolClient.Browser b = tool.browser();
            Login l = rotating.login(b, rotating.loginParameters(who));
            String forged = TestPlatform.sign(rotating.launchClaims(l, who, List.of(LEARNER)).build(),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-" + i).build(), next);
            assertThat(b.postForm("/lti/launch", Map.of("id_token", forged, "state", l.state())).status()).isEqualTo(401);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(rotating.jwksFetches() - before).as("fetches in %.1f s", seconds)
                .isLessThanOrEqualTo((int) Math.floor(seconds / 2) + 1);
    }

    @Test
    void jkuAndX5uHeadersAreIgnoredAndNeverFetched() throws Exception {
        AtomicInteger attackerHits = new AtomicInteger();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RSAKey attackerKey = TestPlatform.newKey();
        attacker.createContext("/", exchange -> {
            attackerHits.incrementAndGet();
            byte[] body = new com.nimbusds.jose.jwk.JWKSet(attackerKey.toPublicJWK()).toString().getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try {
            URI evil = URI.create("http://localhost:" + attacker.getAddress().getPort() + "/jwks");
            // A genuine token that merely carries jku/x5u still works, validated with the registered keys.
            ToolClient.Browser browser = tool.browser();
            String who = subject();
            Login login = platform.login(browser, platform.loginParameters(who));
            String genuine = TestPlatform.sign(platform.launchClaims(login, who, List.of(LEARNER)).build(),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(platform.key().getKeyID()).jwkURL(evil).x509CertURL(evil).build(),
                    platform.key());
            assertThat(browser.postForm("/lti/launch", Map.of("id_token", genuine, "state", login.state())).status()).isEqualTo(200);

            // A token signed by the attacker, pointing at the attacker's key set, is refused.
            ToolClient.Browser victim = tool.browser();
            Login second = platform.login(victim, platform.loginParameters(who));
            String forged = TestPlatform.sign(platform.launchClaims(second, who, List.of(LEARNER)).build(),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attackerKey.getKeyID()).jwkURL(evil).build(), attackerKey);
            assertThat(victim.postForm("/lti/launch", Map.of("id_token", forged, "state", second.state())).status()).isEqualTo(401);
            assertThat(attackerHits.get()).isZero();
        } finally {
            attacker.stop(0);
        }
    }

    @Test
    void audienceAsStringOrArrayWithAzpIsAccepted() {
        assertThat(platform.launch(tool.browser(), subject(), List.of(LEARNER), c -> c.audience(platform.clientId())).status())
                .isEqualTo(200);
        assertThat(platform.launch(tool.browser(), subject(), List.of(LEARNER),
                c -> c.audience(List.of(platform.clientId(), "other")).claim("azp", platform.clientId())).status()).isEqualTo(200);
    }

    @Test
    void issuedTwentySecondsAheadIsWithinTheLeeway() {
        assertThat(platform.launch(tool.browser(), subject(), List.of(LEARNER),
                c -> c.issueTime(new Date(System.currentTimeMillis() + 20_000))).status()).isEqualTo(200);
    }

    @Test
    void unknownDeploymentIsRefusedAndRecordedAsPendingForTheAdmin() {
        String deployment = "new-install-" + UUID.randomUUID();
        String who = subject();
        ToolClient.Reply reply = platform.launchIn(deployment, tool.browser(), who, List.of(LEARNER), c -> { });
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("approve deployment " + deployment);
        assertThat(reply.sessionToken()).isNull();

        ToolClient.Reply registration = tool.admin("GET", "/api/admin/registrations/" + platform.registrationId(), null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deployments = (List<Map<String, Object>>) registration.json().get("deployments");
        assertThat(deployments).anySatisfy(d -> {
            assertThat(d.get("deploymentId")).isEqualTo(deployment);
            assertThat(d.get("status")).isEqualTo("pending");
        });

        // Approved by the admin, the same installation launches.
        tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/deployments",
                "{\"deploymentId\": \"" + deployment + "\", \"status\": \"active\"}");
        ToolClient.Reply approved = platform.launchIn(deployment, tool.browser(), who, List.of(LEARNER), c -> { });
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    @Test
    void loginWorksByGetAndByPostAndIgnoresUnknownParameters() {
        Map<String, String> parameters = new LinkedHashMap<>(platform.loginParameters(subject()));
        parameters.put("canvas_region", "us-east-1");
        parameters.put("something_new", "ignored");
        ToolClient.Reply byGet = tool.browser().get("/lti/login?" + ToolClient.form(parameters));
        ToolClient.Reply byPost = tool.browser().postForm("/lti/login", parameters);
        for (ToolClient.Reply reply : List.of(byGet, byPost)) {
            assertThat(reply.status()).isEqualTo(303);
            Login login = Login.from(reply.header("Location"));
            assertThat(login.location().toString()).startsWith(platform.issuer() + "/authorize?");
            assertThat(login.parameters()).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                    .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                    .containsEntry("client_id", platform.clientId()).containsEntry("redirect_uri", tool.url("/lti/launch"))
                    .containsEntry("login_hint", parameters.get("login_hint"))
                    .containsEntry("lti_message_hint", parameters.get("lti_message_hint"));
            assertThat(login.state()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(login.nonce()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(login.state());
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void canvasDeploymentIdParameterIsReadAtLogin() {
        Map<String, String> parameters = new LinkedHashMap<>(platform.loginParameters(subject()));
        parameters.remove("lti_deployment_id");
        parameters.put("deployment_id", "not-the-claim");
        ToolClient.Browser browser = tool.browser();
        Login login = platform.login(browser, parameters);
        ToolClient.Reply reply = browser.postForm("/lti/launch", Map.of("state", login.state(),
                "id_token", platform.sign(platform.launchClaims(login, "x", List.of(LEARNER)).build())));
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void rolesInEveryFormMeanTheSameAndUnknownRolesGiveNothing() {
        List<List<String>> forms = List.of(List.of(INSTRUCTOR), List.of("Instructor"), List.of("urn:lti:role:ims/lis/Instructor"));
        for (List<String> roles : forms) {
            assertThat(me(platform.launch(tool.browser(), subject(), roles, c -> { })).get("roles"))
                    .as(roles.toString()).isEqualTo(List.of("INSTRUCTOR"));
        }
        assertThat(me(platform.launch(tool.browser(), subject(), List.of("http://example.com/roles#Overlord", "Wizard"), c -> { }))
                .get("roles")).isEqualTo(List.of());
    }

    @Test
    void institutionAdministratorIsNotCourseInstructorAndLearnersCannotAdminister() {
        Map<String, Object> admin = me(platform.launch(tool.browser(), subject(), List.of(ORGANISATION_ADMIN), c -> { }));
        assertThat(admin.get("roles")).isEqualTo(List.of("ORG_ADMIN"));

        String learner = platform.launch(tool.browser(), subject(), List.of(LEARNER), c -> { }).sessionToken();
        ToolClient.Reply refused = tool.json("GET", "/api/admin/registrations", null, "Authorization", "Bearer " + learner);
        assertThat(refused.status()).isEqualTo(403);
        String instructor = platform.launch(tool.browser(), subject(), List.of(INSTRUCTOR), c -> { }).sessionToken();
        assertThat(tool.json("GET", "/api/admin/registrations", null, "Authorization", "Bearer " + instructor).status())
                .isEqualTo(403);
    }

    @Test
    void sameEmailUnderDifferentSubjectsIsTwoPeople() {
        Object first = ((Map<?, ?>) me(platform.launch(tool.browser(), subject(), List.of(LEARNER), c -> { })).get("person")).get("id");
        Object second = ((Map<?, ?>) me(platform.launch(tool.browser(), subject(), List.of(LEARNER), c -> { })).get("person")).get("id");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void noSessionTokenInAnyUrlAndNoReferrerOnLtiPages() {
        ToolClient.Browser browser = tool.browser();
        String who = subject();
        ToolClient.Reply loginReply = browser.postForm("/lti/login", platform.loginParameters(who));
        assertThat(loginReply.header("Location")).doesNotContain("ts1.");
        Login login = Login.from(loginReply.header("Location"));
        ToolClient.Reply launch = browser.postForm("/lti/launch", Map.of("state", login.state(),
                "id_token", platform.sign(platform.launchClaims(login, who, List.of(LEARNER)).build())));
        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.header("Location")).isNull();
        assertThat(launch.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(launch.header("Content-Security-Policy")).contains("frame-ancestors 'self'").doesNotContain("*;");
        assertThat(launch.body()).doesNotContainPattern("(href|src|action)=\"[^\"]*ts1\\.");
    }
}
