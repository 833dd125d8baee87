package org.thirdspace.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.platform.PlatformKeySets;
import org.thirdspace.lti.platform.PlatformKeyUnavailable;
import org.thirdspace.lti.platform.PlatformRegistration;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a platform's {@code id_token} (1EdTech Security Framework §5.1.3), in this order:
 * <ol>
 *   <li>signature: RS256 only (never {@code none}, never HMAC keyed with a public key), with the key
 *       named by {@code kid} in the registration's own key set; {@code jku} and {@code x5u} headers
 *       are ignored;</li>
 *   <li>{@code iss} exactly the registration's issuer;</li>
 *   <li>{@code aud} a string or an array containing the client_id; with more than one audience,
 *       {@code azp} must be the client_id, and a present {@code azp} must always be;</li>
 *   <li>{@code exp} not passed and {@code iat} not in the future, each with the configured leeway
 *       (at most 60 s).</li>
 * </ol>
 * The nonce and state checks follow in {@link LaunchVerification}, which knows the login.
 */
@ApplicationScoped
public class IdTokenVerifier {

    /** Larger tokens are refused before parsing: no platform needs 64 kB of claims for a launch. */
    public static final int MAX_TOKEN_CHARS = 64 * 1024;

    @Inject
    PlatformKeySets keySets;

    @Inject
    ToolSettings settings;

    public JWTClaimsSet verify(String idToken, PlatformRegistration registration, Instant now) {
        if (idToken.length() > MAX_TOKEN_CHARS) {
            throw new LtiRejection(413, "lti.launch.invalid-token", "id_token of " + idToken.length() + " characters");
        }
        return verify(signed(idToken), registration, now);
    }

    /** As {@link #verify(String, PlatformRegistration, Instant)}, for a token parsed already by {@link #unverified}. */
    public JWTClaimsSet verify(SignedJWT jwt, PlatformRegistration registration, Instant now) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw invalid("id_token signed with " + jwt.getHeader().getAlgorithm() + "; only RS256 is accepted");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isEmpty()) {
            throw invalid("id_token header has no kid");
        }
        try {
            RSAPublicKey key = keySets.verificationKey(registration.jwksUri(), kid);
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw invalid("id_token signature does not verify with key " + kid);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            checkIssuer(claims, registration);
            checkAudience(claims, registration.clientId());
            checkTimes(claims, now, settings.clockSkew());
            return claims;
        } catch (PlatformKeyUnavailable e) {
            throw invalid(e.getMessage());
        } catch (JOSEException | ParseException e) {
            throw invalid("id_token cannot be verified: " + e.getMessage());
        }
    }

    /**
     * The token parsed but not verified, or empty when it is not a signed JWT (then {@link #verify}
     * says so, after the checks that come first). Its claims are not to be trusted: the launch reads
     * only its expiry, to keep a login it consumes (and undoes, should the token fail) until then.
     */
    public static Optional<SignedJWT> unverified(String idToken) {
        try {
            return JWTParser.parse(idToken) instanceof SignedJWT signed ? Optional.of(signed) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static SignedJWT signed(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LtiRejection(400, "lti.launch.invalid-token", "id_token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw invalid("id_token is not signed (" + jwt.getHeader().getAlgorithm() + ")");
        }
        return signed;
    }

    private static void checkIssuer(JWTClaimsSet claims, PlatformRegistration registration) {
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw invalid("iss " + claims.getIssuer() + " is not the registration's issuer " + registration.issuer());
        }
    }

    static void checkAudience(JWTClaimsSet claims, String clientId) throws ParseException {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw invalid("aud " + audience + " does not contain the client_id " + clientId);
        }
        String authorizedParty = claims.getStringClaim("azp");
        if (audience.size() > 1 && authorizedParty == null) {
            throw invalid("aud has several values and no azp");
        }
        if (authorizedParty != null && !authorizedParty.equals(clientId)) {
            throw invalid("azp " + authorizedParty + " is not the client_id " + clientId);
        }
    }

    static void checkTimes(JWTClaimsSet claims, Instant now, Duration skew) {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null) {
            throw invalid("id_token without exp or iat");
        }
        if (now.minus(skew).isAfter(expires.toInstant())) {
            throw invalid("id_token expired at " + expires.toInstant());
        }
        if (issued.toInstant().isAfter(now.plus(skew))) {
            throw invalid("id_token issued in the future (" + issued.toInstant() + ")");
        }
    }

    private static LtiRejection invalid(String reason) {
        return new LtiRejection(401, "lti.launch.invalid-token", reason);
    }
}
