package org.thirdspace.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * LTI.md § "negative tests", table-driven, through the real endpoints: each bad login or launch is
 * refused with the right status and a page that says what to do, creates no session and writes no
 * person.
 */
@ExtendWith(ToolServer.class)
class LaunchNegativeIT {

    static final String RETURNING = "returning-user";
    static ToolClient tool;
    static TestPlatform platform;
    static TestPlatform other;

    @BeforeAll
    static void platforms(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        other = TestPlatform.register(tool);
        // A person who has launched before, so that a replay's first (valid) launch writes no new person.
        assertThat(platform.launch(tool.browser(), RETURNING, List.of(LEARNER), c -> { }).status()).isEqualTo(200);
    }

    /** One attack: it runs in a fresh browser and returns the tool's answer to its last request. */
    record Case(String name, int status, Function<ToolClient.Browser, ToolClient.Reply> attack) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("1 alg none", 401, b -> launchWithToken(b, (login, claims) ->
                        new PlainJWT(new PlainHeader(), claims.build()).serialize())),
                new Case("2 HS256 keyed with the platform's public key", 401, b -> launchWithToken(b, (login, claims) ->
                        hmacWithPublicKey(claims.build(), platform.key()))),
                new Case("3 unknown kid", 401, b -> launchWithToken(b, (login, claims) ->
                        TestPlatform.sign(claims.build(), header("unknown-" + UUID.randomUUID()), platform.key()))),
                new Case("5 replayed id_token and state", 401, LaunchNegativeIT::replay),
                new Case("6 nonce not the login's", 401, b -> launch(b, c -> c.claim("nonce", "another-nonce"))),
                new Case("7 no login cookie, no platform storage", 401, b -> {
                    Login login = platform.login(b, platform.loginParameters(subject()));
                    b.forgetCookies();
                    return post(b, login, platform.sign(platform.launchClaims(login, subject(), List.of(LEARNER)).build()));
                }),
                new Case("8 state of browser A posted by browser B", 401, b -> {
                    Login login = platform.login(tool.browser(), platform.loginParameters(subject()));
                    return post(b, login, platform.sign(platform.launchClaims(login, subject(), List.of(LEARNER)).build()));
                }),
                new Case("9 signed by another registration's key", 401, b -> launchWithToken(b, (login, claims) ->
                        TestPlatform.sign(claims.build(), header(other.key().getKeyID()), other.key()))),
                new Case("9 iss of another registration", 401, b -> launch(b, c -> c.issuer(other.issuer()))),
                new Case("9 client_id of another registration", 401, b -> launch(b, c -> c.audience(other.clientId()))),
                new Case("10 aud array without azp", 401, b -> launch(b, c -> c.audience(List.of(platform.clientId(), "other")))),
                new Case("10 azp not the client_id", 401, b -> launch(b, c -> c.audience(List.of(platform.clientId(), "other"))
                        .claim("azp", "other"))),
                new Case("11 missing deployment_id", 400, b -> launchWithoutHint(b, c -> c.claim(TestPlatform.LTI + "deployment_id", null))),
                new Case("11 empty deployment_id", 400, b -> launchWithoutHint(b, c -> c.claim(TestPlatform.LTI + "deployment_id", ""))),
                new Case("11 deployment_id differs from the login's", 401, b -> launch(b, c ->
                        c.claim(TestPlatform.LTI + "deployment_id", "another-deployment"))),
                new Case("12 version 1.1", 400, b -> launch(b, c -> c.claim(TestPlatform.LTI + "version", "1.1"))),
                new Case("12 unknown message_type", 400, b -> launch(b, c -> c.claim(TestPlatform.LTI + "message_type", "LtiNonsenseRequest"))),
                new Case("12 resource link launch without resource_link.id", 400, b -> launch(b, c ->
                        c.claim(TestPlatform.LTI + "resource_link", Map.of("title", "no id")))),
                new Case("13 exp in the past", 401, b -> launch(b, c -> c.expirationTime(new Date(System.currentTimeMillis() - 120_000)))),
                new Case("13 iat five minutes ahead", 401, b -> launch(b, c -> c.issueTime(new Date(System.currentTimeMillis() + 300_000)))),
                new Case("14 target_link_uri outside the registration's hosts", 400, b -> {
                    Map<String, String> parameters = platform.loginParameters(subject());
                    parameters.put("target_link_uri", "https://evil.example/steal");
                    return b.postForm("/lti/login", parameters);
                }),
                new Case("14 target_link_uri differs from the login's", 400, b -> launch(b, c ->
                        c.claim(TestPlatform.LTI + "target_link_uri", tool.url("/lti/launch?other")))),
                new Case("15 login from an unregistered issuer", 400, b -> {
                    Map<String, String> parameters = platform.loginParameters(subject());
                    parameters.put("iss", "https://unknown-lms.example");
                    parameters.remove("client_id");
                    return b.postForm("/lti/login", parameters);
                }),
                new Case("15 login with an unknown client_id", 400, b -> {
                    Map<String, String> parameters = platform.loginParameters(subject());
                    parameters.put("client_id", "not-registered");
                    return b.get("/lti/login?" + ToolClient.form(parameters));
                }),
                new Case("login without login_hint", 400, b -> {
                    Map<String, String> parameters = platform.loginParameters(subject());
                    parameters.remove("login_hint");
                    return b.postForm("/lti/login", parameters);
                }),
                new Case("malformed id_token", 400, b -> launchWithToken(b, (login, claims) -> "not.a.jwt-at-all")),
                new Case("oversized (1 MB) id_token", 413, b -> launchWithToken(b, (login, claims) ->
                        platform.sign(claims.claim("padding", "x".repeat(1024 * 1024)).build()))),
                new Case("launch without state", 400, b -> b.postForm("/lti/launch", Map.of("id_token", "x"))),
                new Case("state the tool never minted", 401, b -> b.postForm("/lti/launch",
                        Map.of("id_token", "a.b.c", "state", "made-up-state")))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAPageAndNoSessionAndNothingWritten(Case attack) {
        long peopleBefore = people(platform);
        ToolClient.Reply reply = attack.attack().apply(tool.browser());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(attack.status());
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.pageTitle()).as("a page that says what went wrong").isNotBlank();
        assertThat(reply.body()).contains("Reference for your admin");
        assertThat(reply.header("Location")).as("no redirect anywhere").isNull();
        assertThat(reply.sessionToken()).as("no session").isNull();
        assertThat(reply.headers("Set-Cookie")).noneMatch(c -> c.startsWith("ts_session="));
        assertThat(reply.body()).doesNotContain("ts1.");
        assertThat(people(platform)).as("no person written").isEqualTo(peopleBefore);
    }

    // --- helpers -----------------------------------------------------------------------------

    static String subject() {
        return "user-" + UUID.randomUUID();
    }

    static JWSHeader header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build();
    }

    static long people(TestPlatform p) {
        ToolClient.Reply reply = tool.admin("GET", "/api/admin/registrations/" + p.registrationId() + "/people?limit=1", null);
        return ((Number) reply.json().get("total")).longValue();
    }

    static ToolClient.Reply post(ToolClient.Browser browser, Login login, String idToken) {
        return browser.postForm("/lti/launch", Map.of("id_token", idToken, "state", login.state()));
    }

    static ToolClient.Reply launch(ToolClient.Browser browser, java.util.function.Consumer<JWTClaimsSet.Builder> change) {
        return platform.launch(browser, subject(), List.of(LEARNER), change);
    }

    /** A launch whose login sent no lti_deployment_id, so the claim alone is judged. */
    static ToolClient.Reply launchWithoutHint(ToolClient.Browser browser, java.util.function.Consumer<JWTClaimsSet.Builder> change) {
        String subject = subject();
        Map<String, String> parameters = new LinkedHashMap<>(platform.loginParameters(subject));
        parameters.remove("lti_deployment_id");
        Login login = platform.login(browser, parameters);
        JWTClaimsSet.Builder claims = platform.launchClaims(login, subject, List.of(LEARNER));
        change.accept(claims);
        return post(browser, login, platform.sign(claims.build()));
    }

    static ToolClient.Reply launchWithToken(ToolClient.Browser browser,
                                            java.util.function.BiFunction<Login, JWTClaimsSet.Builder, String> token) {
        String subject = subject();
        Login login = platform.login(browser, platform.loginParameters(subject));
        return post(browser, login, token.apply(login, platform.launchClaims(login, subject, List.of(LEARNER))));
    }

    static ToolClient.Reply replay(ToolClient.Browser browser) {
        String subject = RETURNING;
        Login login = platform.login(browser, platform.loginParameters(subject));
        String token = platform.sign(platform.launchClaims(login, subject, List.of(LEARNER)).build());
        Map<String, String> cookies = new LinkedHashMap<>(browser.cookies());
        ToolClient.Reply first = post(browser, login, token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long afterFirst = people(platform);
        browser.cookies().putAll(cookies);
        ToolClient.Reply second = post(browser, login, token);
        assertThat(people(platform)).isEqualTo(afterFirst);
        return second;
    }

    /** HS256 whose secret is the platform's public key: the classic algorithm-confusion forgery. */
    static String hmacWithPublicKey(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
            byte[] secret = key.toPublicJWK().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] padded = java.util.Arrays.copyOf(secret, Math.max(secret.length, 32));
            jwt.sign(new MACSigner(padded));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

}
