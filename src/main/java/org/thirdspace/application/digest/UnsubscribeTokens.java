package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.secrets.ToolSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of a digest's unsubscribe link: the person's id and an HMAC-SHA256 over it with a key
 * of its own, used for nothing else. It signs nobody in and can do one thing — turn that person's
 * digests off — so it may stay valid as long as the e-mail is kept (RFC 8058 §3: the link must work
 * without a session, and a mail program may POST to it long after the digest arrived).
 */
@ApplicationScoped
public class UnsubscribeTokens {

    static final String SECRET = "digest-unsubscribe";
    private static final String PURPOSE = "thirdspace digest unsubscribe v1:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ToolSecrets secrets;

    protected UnsubscribeTokens() {
    }

    @Inject
    public UnsubscribeTokens(ToolSecrets secrets) {
        this.secrets = secrets;
    }

    public String issue(UUID personId) {
        return personId + "." + ENCODER.encodeToString(mac(personId));
    }

    /** The person a genuine token names; empty for anything else. */
    public Optional<UUID> personOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID personId;
        byte[] given;
        try {
            personId = UUID.fromString(token.substring(0, dot));
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!personId.toString().equals(token.substring(0, dot))) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(mac(personId), given) ? Optional.of(personId) : Optional.empty();
    }

    private byte[] mac(UUID personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256"));
            return mac.doFinal((PURPOSE + personId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
