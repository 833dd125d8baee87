package org.thirdspace.http.session;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.secrets.ToolSecrets;

import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTokensTest {

    /** The generated secret, fixed: the store behind it is the database, exercised by the integration tests. */
    static SessionTokens tokens(byte[] secret) {
        SessionTokens tokens = new SessionTokens();
        tokens.secrets = new ToolSecrets() {
            @Override
            public byte[] secret(String name) {
                return secret;
            }
        };
        return tokens;
    }

    private final SessionTokens tokens = tokens(new byte[32]);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final ToolSession session = new ToolSession("sid", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
            new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false), "fr-FR", now, now.plusMillis(1234), now.plusSeconds(3600));

    @Test
    void aTokenCarriesTheSessionBack() {
        String token = tokens.issue(session);
        assertThat(token).startsWith("ts1.");
        assertThat(tokens.verify(token, now.plusSeconds(10))).contains(session);
    }

    @Test
    void aRenewedTokenIsIssuedAfterTheOneItReplaces() {
        ToolSession renewed = session.renewedAt(session.issuedAt(), now.plusSeconds(7200));
        assertThat(renewed.issuedAt()).isAfter(session.issuedAt());
        assertThat(tokens.verify(tokens.issue(renewed), now)).contains(renewed);
        assertThat(session.renewedAt(now.plusSeconds(60), now.plusSeconds(7200)).issuedAt()).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void aTokenOfTheFirstFormatCountsAsIssuedAtItsLaunch() {
        String payload = String.join("|", "1", "sid", session.organisationId().toString(), session.personId().toString(),
                session.courseId().toString(), "", "LEARNER", "", String.valueOf(now.getEpochSecond()),
                String.valueOf(now.plusSeconds(3600).getEpochSecond()));
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes());
        String token = tokens.issue(session);
        String signature = signatureOf(encoded);
        assertThat(tokens.verify("ts1." + encoded + "." + signature, now)).hasValueSatisfying(s -> {
            assertThat(s.issuedAt()).isEqualTo(now);
            assertThat(s.personId()).isEqualTo(session.personId());
        });
        assertThat(token).isNotEqualTo("ts1." + encoded + "." + signature);
    }

    private String signatureOf(String encodedPayload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(encodedPayload.getBytes()));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anExpiredTokenIsNotASession() {
        assertThat(tokens.verify(tokens.issue(session), now.plusSeconds(3601))).isEmpty();
    }

    @Test
    void aTamperedOrForeignTokenIsNotASession() {
        String token = tokens.issue(session);
        String payload = token.substring(4, token.lastIndexOf('.'));
        String decoded = new String(Base64.getUrlDecoder().decode(payload));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.replace("LEARNER", "INSTRUCTOR").getBytes());
        assertThat(tokens.verify("ts1." + forged + token.substring(token.lastIndexOf('.')), now)).isEmpty();
        assertThat(tokens(new byte[] {1, 2, 3}).verify(token, now)).isEmpty();
        assertThat(tokens.verify("ts1.garbage", now)).isEmpty();
        assertThat(tokens.verify("ts1.a.b", now)).isEmpty();
        assertThat(tokens.verify(null, now)).isEmpty();
    }
}
