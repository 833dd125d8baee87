package org.thirdspace.http.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.secrets.ToolSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and checks session tokens: {@code ts1.<payload>.<HMAC-SHA256>}, both parts base64url. The
 * key is a generated secret shared by every node through the database (see {@link ToolSecrets}).
 * Tokens are short-lived; the page renews them while in use, up to a maximum after the launch.
 * The payload's first field is its version: 2 carries the token's issue time in milliseconds (what
 * revocations compare, see {@link SessionRevocations}); a version 1 token counts as issued at its launch.
 */
@ApplicationScoped
public class SessionTokens {

    static final String PREFIX = "ts1.";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    ToolSecrets secrets;

    public String issue(ToolSession session) {
        String payload = String.join("|", "2", session.sessionId(), session.organisationId().toString(),
                session.personId().toString(), text(session.courseId()), text(session.linkId()),
                encode(session.roles().encode()), encode(session.locale() == null ? "" : session.locale()),
                String.valueOf(session.launchedAt().getEpochSecond()), String.valueOf(session.expiresAt().getEpochSecond()),
                String.valueOf(session.issuedAt().toEpochMilli()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return PREFIX + encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    public static boolean looksLikeSessionToken(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    public Optional<ToolSession> verify(String token, Instant now) {
        if (!looksLikeSessionToken(token) || token.length() > 2048) {
            return Optional.empty();
        }
        String body = token.substring(PREFIX.length());
        int dot = body.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = body.substring(0, dot);
        try {
            byte[] presented = DECODER.decode(body.substring(dot + 1));
            if (!MessageDigest.isEqual(presented, mac(encoded))) {
                return Optional.empty();
            }
            String[] f = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
            boolean current = f.length == 11 && "2".equals(f[0]);
            if (!current && !(f.length == 10 && "1".equals(f[0]))) {
                return Optional.empty();
            }
            Instant launchedAt = Instant.ofEpochSecond(Long.parseLong(f[8]));
            ToolSession session = new ToolSession(f[1], UUID.fromString(f[2]), UUID.fromString(f[3]), uuid(f[4]), uuid(f[5]),
                    RoleSet.decode(decode(f[6])), decode(f[7]).isEmpty() ? null : decode(f[7]), launchedAt,
                    current ? Instant.ofEpochMilli(Long.parseLong(f[10])) : launchedAt, Instant.ofEpochSecond(Long.parseLong(f[9])));
            return now.isAfter(session.expiresAt()) ? Optional.empty() : Optional.of(session);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("session-signing"), "HmacSHA256"));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }

    private static UUID uuid(String text) {
        return text.isEmpty() ? null : UUID.fromString(text);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
