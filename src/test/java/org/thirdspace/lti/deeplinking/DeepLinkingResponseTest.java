package org.thirdspace.lti.deeplinking;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeepLinkingResponseTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final String LAUNCH = "https://tool.example/lti/launch";
    static final DeepLinkingResponse.LinkItem LINK = new DeepLinkingResponse.LinkItem("Follow-up", "Keep talking",
            Map.of("community_id", "s1", "community_key", "k1"));

    static DeepLinkingRequest request(boolean multiple, List<String> types, List<String> targets, String data) {
        return new DeepLinkingRequest(UUID.randomUUID(), "dep-1", UUID.randomUUID(), UUID.randomUUID(), "https://lms.example/return",
                data, types, targets, multiple, null, null, NOW, NOW.plusSeconds(3600));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(JWTClaimsSet claims) {
        return (List<Map<String, Object>>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
    }

    @Test
    void theResponseCarriesTheStandardClaimsTheDeploymentAndTheDataUnchanged() throws Exception {
        String data = " {\"a\": 1}\t\u00e9 ";
        JWTClaimsSet claims = DeepLinkingResponse.claims(request(false, List.of("ltiResourceLink"), List.of("iframe"), data),
                "client-9", "https://lms.example", LAUNCH, List.of(LINK), null, null, NOW);
        assertThat(claims.getIssuer()).isEqualTo("client-9");
        assertThat(claims.getAudience()).containsExactly("https://lms.example");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(DeepLinkingResponse.LIFETIME));
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo("dep-1");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo(data);
        assertThat(items(claims)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("type", "ltiResourceLink").containsEntry("url", LAUNCH).containsEntry("title", "Follow-up")
                .containsEntry("text", "Keep talking").containsEntry("custom", Map.of("community_id", "s1", "community_key", "k1")));
    }

    @Test
    void everyResponseHasAFreshNonce() {
        DeepLinkingRequest request = request(false, List.of("ltiResourceLink"), List.of("iframe"), null);
        Object first = DeepLinkingResponse.claims(request, "c", "i", LAUNCH, List.of(), null, null, NOW).getClaim("nonce");
        Object second = DeepLinkingResponse.claims(request, "c", "i", LAUNCH, List.of(), null, null, NOW).getClaim("nonce");
        assertThat(first).isNotNull().isNotEqualTo(second);
    }

    @Test
    void withoutDataTheResponseHasNone() {
        JWTClaimsSet claims = DeepLinkingResponse.claims(request(false, List.of("ltiResourceLink"), List.of(), null), "c", "i", LAUNCH,
                List.of(), "nothing", null, NOW);
        assertThat(claims.getClaims()).doesNotContainKey("https://purl.imsglobal.org/spec/lti-dl/claim/data")
                .containsEntry("https://purl.imsglobal.org/spec/lti-dl/claim/msg", "nothing");
        assertThat(items(claims)).isEmpty();
    }

    @Test
    void thePresentationFollowsWhatThePlatformAccepts() {
        assertThat(DeepLinkingResponse.contentItem(LINK, LAUNCH, List.of("window", "iframe")))
                .containsKey("iframe").doesNotContainKey("window");
        assertThat(DeepLinkingResponse.contentItem(LINK, LAUNCH, List.of("window")))
                .containsEntry("window", Map.of("targetName", "thirdspace")).doesNotContainKey("iframe");
        assertThat(DeepLinkingResponse.contentItem(LINK, LAUNCH, List.of("embed")))
                .doesNotContainKeys("iframe", "window");
    }

    @Test
    void oneItemUnlessThePlatformAcceptsMultipleAndNoneWhereItTakesNoToolLinks() {
        assertThatThrownBy(() -> DeepLinkingResponse.claims(request(false, List.of("ltiResourceLink"), List.of(), null), "c", "i",
                LAUNCH, List.of(LINK, LINK), null, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(items(DeepLinkingResponse.claims(request(true, List.of("ltiResourceLink"), List.of(), null), "c", "i",
                LAUNCH, List.of(LINK, LINK), null, null, NOW))).hasSize(2);
        assertThatThrownBy(() -> DeepLinkingResponse.claims(request(true, List.of("link"), List.of(), null), "c", "i",
                LAUNCH, List.of(LINK), null, null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSignedJwtNamesItsKeyAndVerifies() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("kid-1").generate();
        JWTClaimsSet claims = DeepLinkingResponse.claims(request(false, List.of("ltiResourceLink"), List.of(), null), "c", "i",
                LAUNCH, List.of(LINK), null, null, NOW);
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(claims, key));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("kid-1");
        assertThat(jwt.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
        assertThatThrownBy(() -> DeepLinkingResponse.sign(claims, new RSAKeyGenerator(2048).generate()))
                .isInstanceOf(IllegalStateException.class);
    }
}
