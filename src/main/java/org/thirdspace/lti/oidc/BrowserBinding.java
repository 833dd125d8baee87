package org.thirdspace.lti.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Binds an OIDC login to the browser that started it (1EdTech Security Framework §5.1.1.2, state
 * "bound to the user agent"): a random value goes to the browser, in a cookie scoped to the login
 * and, when the platform offers it, in LTI Platform Storage; only its SHA-256 hash is stored.
 *
 * <p>The cookie is {@code SameSite=None; Secure; Partitioned} (CHIPS): the launch arrives as a
 * cross-site POST from the platform, and inside the platform's iframe browsers only keep
 * partitioned third-party cookies.
 */
public final class BrowserBinding {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COOKIE_PREFIX = "lti_login_";

    private BrowserBinding() {
    }

    /** 256 random bits, URL-safe: used for state, nonce and the binding value itself. */
    public static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String cookieName(String state) {
        return COOKIE_PREFIX + state.substring(0, Math.min(16, state.length()));
    }

    public static String setCookie(String state, String value, Duration lifetime) {
        return cookieName(state) + "=" + value + "; Max-Age=" + lifetime.toSeconds()
                + "; Path=/lti/; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    public static String expireCookie(String state) {
        return cookieName(state) + "=; Max-Age=0; Path=/lti/; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    public static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented value with the stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.isEmpty() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
