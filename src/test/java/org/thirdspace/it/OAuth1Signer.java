package org.thirdspace.it;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An LTI 1.1 platform's OAuth 1.0a HMAC-SHA1 signing (RFC 5849 §3.4), written from the RFC and
 * independent of the IMS library the tool verifies with, so that the two check each other.
 */
public final class OAuth1Signer {

    private OAuth1Signer() {
    }

    /** The parameters with oauth_* added and signed for a POST to {@code url}. */
    public static Map<String, String> sign(Map<String, String> launch, String key, String secret, String url, long timestamp, String nonce) {
        Map<String, String> all = new LinkedHashMap<>(launch);
        all.put("oauth_consumer_key", key);
        all.put("oauth_signature_method", "HMAC-SHA1");
        all.put("oauth_timestamp", Long.toString(timestamp));
        all.put("oauth_nonce", nonce);
        all.put("oauth_version", "1.0");
        all.put("oauth_callback", "about:blank");
        all.put("oauth_signature", signature(all, secret, url));
        return all;
    }

    public static Map<String, String> sign(Map<String, String> launch, String key, String secret, String url) {
        return sign(launch, key, secret, url, System.currentTimeMillis() / 1000, UUID.randomUUID().toString());
    }

    public static String signature(Map<String, String> parameters, String secret, String url) {
        String normalised = parameters.entrySet().stream()
                .filter(e -> !e.getKey().equals("oauth_signature"))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .sorted()
                .collect(Collectors.joining("&"));
        URI uri = URI.create(url);
        String baseUrl = uri.getScheme().toLowerCase() + "://" + uri.getAuthority().toLowerCase() + uri.getRawPath();
        String base = "POST&" + encode(baseUrl) + "&" + encode(normalised);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((encode(secret) + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5849 §3.6 percent-encoding. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
