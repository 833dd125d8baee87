package org.thirdspace.lti.platform;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * {@code oauth_consumer_key_sign} of the LTI 1.1 migration claim (1EdTech LTI Migration Guide,
 * https://www.imsglobal.org/spec/lti/v1p3/migr#lti-1-1-migration-claim): the platform proves it holds
 * the LTI 1.1 secret of {@code oauth_consumer_key} by signing, with HMAC-SHA256 keyed by that secret,
 * the launch's own values joined by {@code &}:
 * {@code oauth_consumer_key & deployment_id & iss & client_id & exp & nonce}, Base64-encoded. Binding
 * it to {@code exp} and {@code nonce} ties it to this one id_token: it cannot be lifted onto another.
 */
public final class ConsumerKeySign {

    private ConsumerKeySign() {
    }

    public static String compute(String secret, String consumerKey, String deploymentId, String issuer, String clientId,
                                 long expiresAt, String nonce) {
        String base = String.join("&", consumerKey, deploymentId, issuer, clientId, Long.toString(expiresAt), nonce);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time. */
    public static boolean matches(String sign, String secret, String consumerKey, String deploymentId, String issuer,
                                  String clientId, long expiresAt, String nonce) {
        String expected = compute(secret, consumerKey, deploymentId, issuer, clientId, expiresAt, nonce);
        return sign != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8));
    }
}
