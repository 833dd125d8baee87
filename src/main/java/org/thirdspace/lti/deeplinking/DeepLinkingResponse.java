package org.thirdspace.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.thirdspace.lti.launch.LtiClaims;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An LtiDeepLinkingResponse (Deep Linking 2.0 §4.5): {@code iss} is the tool's client id,
 * {@code aud} the platform's issuer, a fresh {@code nonce}, the request's deployment and its
 * {@code data} unchanged, and the placed links as {@code ltiResourceLink} content items. The JWT
 * names its key with {@code kid}, which some platforms require (LTI.md §1.3).
 */
public final class DeepLinkingResponse {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** The height the tool asks for when the platform shows it in an iframe. */
    static final int IFRAME_HEIGHT = 800;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeepLinkingResponse() {
    }

    /** A tool link to place: what the course page shows and the custom parameters the launch brings back. */
    public record LinkItem(String title, String text, Map<String, String> custom) {
    }

    /** What goes back to the platform: the form field {@code JWT}, posted to the request's return URL. */
    public record Signed(String returnUrl, String jwt) {
    }

    public static JWTClaimsSet claims(DeepLinkingRequest request, String clientId, String platformIssuer, String launchUrl,
                                      List<LinkItem> items, String message, String errorMessage, Instant now) {
        if (items.size() > 1 && !request.acceptMultiple()) {
            throw new IllegalArgumentException("the platform accepts one content item only");
        }
        if (!items.isEmpty() && !request.acceptsResourceLinks()) {
            throw new IllegalArgumentException("the platform does not accept tool links here");
        }
        List<Object> contentItems = new ArrayList<>();
        for (LinkItem item : items) {
            contentItems.add(contentItem(item, launchUrl, request.acceptTargets()));
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .audience(platformIssuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", nonce())
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.CONTENT_ITEMS, contentItems);
        if (request.data() != null) {
            claims.claim(LtiClaims.DEEP_LINKING_DATA, request.data());
        }
        if (message != null) {
            claims.claim(LtiClaims.DEEP_LINKING_MESSAGE, message);
        }
        if (errorMessage != null) {
            claims.claim(LtiClaims.DEEP_LINKING_ERROR_MESSAGE, errorMessage);
        }
        return claims.build();
    }

    /**
     * The item's presentation follows what the platform accepts: in an iframe when it can (the
     * tool is made for one), else in a new window; with neither, the platform decides.
     */
    static Map<String, Object> contentItem(LinkItem item, String launchUrl, List<String> targets) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", DeepLinkingRequest.LTI_RESOURCE_LINK);
        content.put("url", launchUrl);
        content.put("title", item.title());
        if (item.text() != null) {
            content.put("text", item.text());
        }
        content.put("custom", new LinkedHashMap<>(item.custom()));
        if (targets.contains("iframe")) {
            content.put("iframe", Map.of("height", IFRAME_HEIGHT));
        } else if (targets.contains("window")) {
            content.put("window", Map.of("targetName", "thirdspace"));
        }
        return content;
    }

    public static String sign(JWTClaimsSet claims, RSAKey key) {
        if (key.getKeyID() == null) {
            throw new IllegalStateException("the tool's signing key has no kid");
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a deep-linking response", e);
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
