package org.thirdspace.lti.services;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.PlatformAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAssertionTest {

    private static RSAKey key;

    @BeforeAll
    static void key() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("tool-key-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
    }

    @Test
    void followsRfc7523AndTheLtiSecurityFramework() throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = SignedJWT.parse(ClientAssertion.sign(key, "10000000000042", "https://lms.example.com/login/oauth2/token", now));
        assertThat(jwt.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("tool-key-1");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("10000000000042");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("10000000000042");
        // One audience, serialised as a string (D2L refuses an array).
        assertThat(jwt.getJWTClaimsSet().toJSONObject().get("aud")).isEqualTo("https://lms.example.com/login/oauth2/token");
        Duration lifetime = Duration.between(jwt.getJWTClaimsSet().getIssueTime().toInstant(), jwt.getJWTClaimsSet().getExpirationTime().toInstant());
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(UUID.fromString(jwt.getJWTClaimsSet().getJWTID())).isNotNull();
    }

    @Test
    void everyAssertionHasItsOwnJti() throws Exception {
        Instant now = Instant.now();
        String first = SignedJWT.parse(ClientAssertion.sign(key, "c", "https://a/token", now)).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(ClientAssertion.sign(key, "c", "https://a/token", now)).getJWTClaimsSet().getJWTID();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesToSignWithoutAKid() throws Exception {
        RSAKey noKid = new RSAKeyGenerator(2048).generate();
        assertThatThrownBy(() -> ClientAssertion.sign(noKid, "c", "https://a/token", Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAudienceIsTheAuthorizationServerWhenThePlatformNamesOne() {
        assertThat(new PlatformAccount(UUID.randomUUID(), "c", "https://lms/token", null).assertionAudience()).isEqualTo("https://lms/token");
        assertThat(new PlatformAccount(UUID.randomUUID(), "c", "https://lms/token", "https://auth.lms").assertionAudience())
                .isEqualTo("https://auth.lms");
    }
}
