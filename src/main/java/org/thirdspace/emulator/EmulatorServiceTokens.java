package org.thirdspace.emulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The emulated LMS's OAuth 2 token endpoint logic, checking the tool's client assertion the way a
 * platform must (RFC 7523 §3; 1EdTech Security Framework 1.0 §4.1.1): RS256 signature by a key the
 * tool publishes at its JWKS URL (fetched over HTTP like any platform would), {@code iss} = {@code
 * sub} = the client id, a single {@code aud} naming this token endpoint, a short-lived token and a
 * {@code jti} never seen before. It then issues opaque bearer tokens for the scopes it grants.
 */
@ApplicationScoped
public class EmulatorServiceTokens {

    static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String GROUPS_SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";
    static final Set<String> GRANTABLE = Set.of(NRPS_SCOPE, GROUPS_SCOPE, EmulatorGradebook.LINE_ITEM_SCOPE,
            EmulatorGradebook.LINE_ITEM_READ_SCOPE, EmulatorGradebook.RESULT_SCOPE, EmulatorGradebook.SCORE_SCOPE);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Duration SKEW = Duration.ofSeconds(60);

    @Inject
    EmulatorPlatform platform;

    @Inject
    EmulatorToolKeys toolKeys;

    @Inject
    EmulatorSecondSite secondSite;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();

    record Grant(Set<String> scopes, Instant expiresAt) {
    }

    /** A refusal as RFC 6749 §5.2 describes it. */
    static final class Refusal extends Exception {
        final int status;
        final String error;

        Refusal(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }
    }

    record Issued(String token, Set<String> scopes, long expiresIn) {
    }

    Issued issue(String grantType, String assertionType, String assertion, String scope) throws Refusal {
        if (!"client_credentials".equals(grantType)) {
            throw new Refusal(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType) || assertion == null) {
            throw new Refusal(401, "invalid_client", "a JWT client assertion is required");
        }
        verify(assertion);
        Set<String> requested = scope == null ? Set.of() : Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (requested.isEmpty() || !GRANTABLE.containsAll(requested)) {
            throw new Refusal(400, "invalid_scope", "scopes this LMS grants: " + String.join(" ", GRANTABLE));
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "emu-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        tokens.put(token, new Grant(Set.copyOf(requested), now.plus(TOKEN_LIFETIME)));
        tokens.values().removeIf(g -> g.expiresAt().isBefore(now));
        return new Issued(token, requested, TOKEN_LIFETIME.toSeconds());
    }

    private void verify(String assertion) throws Refusal {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refusal(401, "invalid_client", "the client assertion is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
            throw new Refusal(401, "invalid_client", "the client assertion must be RS256 with a kid");
        }
        RSAKey key = toolKeys.byKid(jwt.getHeader().getKeyID())
                .orElseThrow(() -> new Refusal(401, "invalid_client", "no key with that kid in the tool's JWKS"));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new Refusal(401, "invalid_client", "the client assertion's signature does not verify");
            }
        } catch (JOSEException e) {
            throw new Refusal(401, "invalid_client", "the client assertion's signature does not verify");
        }
        Instant now = Instant.now();
        List<String> audience = claims.getAudience();
        Object rawAudience = claims.toJSONObject().get("aud");
        // The tool's client at this LMS, or at its second site once that registered it (Dynamic Registration).
        String client = claims.getIssuer();
        boolean known = EmulatorPlatform.CLIENT_ID.equals(client) || client != null && secondSite.isClient(client);
        if (!known || !client.equals(claims.getSubject())) {
            throw new Refusal(401, "invalid_client", "iss and sub must both be the client id");
        }
        if (!(rawAudience instanceof String) || audience.size() != 1 || !platform.tokenEndpoint().equals(audience.get(0))) {
            throw new Refusal(401, "invalid_client", "aud must be this token endpoint, as a single string");
        }
        if (claims.getExpirationTime() == null || claims.getIssueTime() == null || claims.getJWTID() == null) {
            throw new Refusal(401, "invalid_client", "exp, iat and jti are required");
        }
        Instant exp = claims.getExpirationTime().toInstant();
        Instant iat = claims.getIssueTime().toInstant();
        if (exp.isBefore(now.minus(SKEW)) || iat.isAfter(now.plus(SKEW)) || Duration.between(iat, exp).compareTo(Duration.ofMinutes(5)) > 0) {
            throw new Refusal(401, "invalid_client", "the client assertion is expired, from the future or too long-lived");
        }
        usedJtis.values().removeIf(seen -> seen.isBefore(now.minus(Duration.ofMinutes(10))));
        if (usedJtis.putIfAbsent(claims.getJWTID(), now) != null) {
            throw new Refusal(401, "invalid_client", "this client assertion (jti) was used before");
        }
    }

    /** Whether a request's bearer token is valid and grants the scope. */
    boolean allows(String authorization, String scope) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Grant grant = tokens.get(authorization.substring(7).trim());
        return grant != null && grant.expiresAt().isAfter(Instant.now()) && grant.scopes().contains(scope);
    }

    /** Makes every token issued so far invalid (to show the tool asks for a new one after a 401). */
    void revokeAll() {
        tokens.clear();
    }
}
