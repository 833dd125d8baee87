package org.thirdspace.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.thirdspace.lti.LtiRejection;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdTokenChecksTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void audienceMustContainTheClientIdAndSeveralAudiencesNeedAzp() {
        assertThatCode(() -> IdTokenVerifier.checkAudience(claims(List.of("c1"), null), "c1")).doesNotThrowAnyException();
        assertThatCode(() -> IdTokenVerifier.checkAudience(claims(List.of("c1", "x"), "c1"), "c1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> IdTokenVerifier.checkAudience(claims(List.of("c1", "x"), null), "c1")).isInstanceOf(LtiRejection.class);
        assertThatThrownBy(() -> IdTokenVerifier.checkAudience(claims(List.of("x", "c1"), "x"), "c1")).isInstanceOf(LtiRejection.class);
        assertThatThrownBy(() -> IdTokenVerifier.checkAudience(claims(List.of("x"), null), "c1")).isInstanceOf(LtiRejection.class);
        assertThatThrownBy(() -> IdTokenVerifier.checkAudience(claims(List.of("c1"), "other"), "c1")).isInstanceOf(LtiRejection.class);
    }

    @Test
    void expiryAndIssueTimeHaveTheLeewayOnly() {
        Duration skew = Duration.ofSeconds(60);
        assertThatCode(() -> IdTokenVerifier.checkTimes(times(now.minusSeconds(59), now.plusSeconds(20)), now, skew)).doesNotThrowAnyException();
        assertThatThrownBy(() -> IdTokenVerifier.checkTimes(times(now.minusSeconds(61), now), now, skew)).isInstanceOf(LtiRejection.class);
        assertThatThrownBy(() -> IdTokenVerifier.checkTimes(times(now.plusSeconds(300), now.plusSeconds(61)), now, skew)).isInstanceOf(LtiRejection.class);
        assertThatThrownBy(() -> IdTokenVerifier.checkTimes(new JWTClaimsSet.Builder().build(), now, skew)).isInstanceOf(LtiRejection.class);
    }

    private static JWTClaimsSet claims(List<String> audience, String azp) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().audience(audience);
        if (azp != null) {
            builder.claim("azp", azp);
        }
        return builder.build();
    }

    private static JWTClaimsSet times(Instant expires, Instant issued) {
        return new JWTClaimsSet.Builder().expirationTime(Date.from(expires)).issueTime(Date.from(issued)).build();
    }
}
