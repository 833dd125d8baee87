package org.thirdspace.emulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The emulated LMS as an LTI platform: its issuer, the client id and deployment it gave the tool,
 * its own RSA key (made at start, published at {@code /emulator/jwks}) and the signing of what it
 * sends. It is a separate party: the tool reaches it only over HTTP, and validates its messages
 * exactly like any other platform's.
 */
@ApplicationScoped
public class EmulatorPlatform {

    public static final String CLIENT_ID = "thirdspace-emulator";
    public static final String DEPLOYMENT_ID = "northwind-deployment-1";

    @Inject
    ToolSettings settings;

    private RSAKey key;
    private byte[] hintSecret;

    @PostConstruct
    void init() {
        try {
            key = new RSAKeyGenerator(2048).keyID("emulator-" + Instant.now().getEpochSecond())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        hintSecret = new byte[32];
        new SecureRandom().nextBytes(hintSecret);
    }

    public String issuer() {
        return settings.url("/emulator");
    }

    public String authorizationEndpoint() {
        return settings.url("/emulator/auth");
    }

    public String jwksUri() {
        return settings.url("/emulator/jwks");
    }

    public String tokenEndpoint() {
        return settings.url("/emulator/token");
    }

    /** The NRPS context memberships URL of a course (NRPS 2.0 §3.6.1). */
    public String membershipsUrl(String courseId) {
        return settings.url("/emulator/nrps/" + EmulatorNamesRoles.encode(courseId) + "/memberships");
    }

    /** The AGS line items container of a course (AGS 2.0 §3.1). */
    public String lineItemsUrl(String courseId) {
        return settings.url("/emulator/ags/" + EmulatorNamesRoles.encode(courseId) + "/lineitems");
    }

    /** The Course Groups Service URLs of a course. */
    public String groupsUrl(String courseId) {
        return settings.url("/emulator/groups/" + EmulatorNamesRoles.encode(courseId));
    }

    public String groupSetsUrl(String courseId) {
        return groupsUrl(courseId) + "/sets";
    }

    /** A person's picture (OIDC {@code picture}), served by {@link EmulatorPictures}. */
    public String pictureUrl(String personId) {
        return settings.url("/emulator/people/" + EmulatorNamesRoles.encode(personId) + "/picture.svg");
    }

    public String toolLaunchUrl() {
        return settings.url("/lti/launch");
    }

    /** The tool's registration initiation URL (LTI Dynamic Registration 1.0 §3.3). */
    public String toolRegistrationUrl() {
        return settings.url("/lti/register");
    }

    public String toolLoginUrl() {
        return settings.url("/lti/login");
    }

    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** Signs an LTI message as the platform: RS256 with {@code kid}. */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The opaque {@code lti_message_hint}: what the LMS will need at its authorization endpoint
     * (who, which course and link, which message), signed so the browser cannot alter it.
     */
    public String messageHint(Map<String, Object> launch) {
        return messageHint(launch, 600);
    }

    /** A signed, expiring value that only this LMS can make and read, valid for {@code seconds}. */
    public String messageHint(Map<String, Object> launch, long seconds) {
        try {
            JWSObject hint = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Map.of(
                    "launch", launch, "exp", Instant.now().plusSeconds(seconds).getEpochSecond())));
            JWSSigner signer = new MACSigner(hintSecret);
            hint.sign(signer);
            return hint.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> readMessageHint(String hint) {
        try {
            JWSObject jws = JWSObject.parse(hint);
            if (!jws.verify(new MACVerifier(hintSecret))) {
                return Optional.empty();
            }
            Map<String, Object> payload = jws.getPayload().toJSONObject();
            Object exp = payload.get("exp");
            if (!(exp instanceof Number n) || Instant.now().getEpochSecond() > n.longValue()) {
                return Optional.empty();
            }
            return Optional.of((Map<String, Object>) payload.get("launch"));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Date in(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }
}
