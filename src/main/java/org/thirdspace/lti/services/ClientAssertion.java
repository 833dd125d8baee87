package org.thirdspace.lti.services;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The JWT with which the tool authenticates at a platform's token endpoint (RFC 7523 §2.2 and §3;
 * 1EdTech Security Framework 1.0 §4.1.1): {@code iss} and {@code sub} are the tool's client id (not
 * a URL), {@code aud} is one string, {@code jti} is unique, the lifetime is short, and the header
 * names the signing key ({@code kid}) so that the platform can pick it from the tool's JWKS.
 */
public final class ClientAssertion {

    /** RFC 7523 §2.2. */
    public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration LIFETIME = Duration.ofMinutes(1);

    private ClientAssertion() {
    }

    public static String sign(RSAKey key, String clientId, String audience, Instant now) {
        if (key.getKeyID() == null) {
            throw new IllegalStateException("the tool's signing key has no kid");
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a client assertion", e);
        }
    }
}
