package org.thirdspace.lti.services;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.http.OutboundRefused;
import org.thirdspace.lti.http.OutboundResponse;
import org.thirdspace.lti.jwks.ToolKeyRing;

import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Access tokens for LTI Advantage services: the OAuth 2 client credentials grant with a JWT client
 * assertion (RFC 6749 §4.4, RFC 7523 §2.2; 1EdTech Security Framework 1.0 §4.1).
 *
 * <p>Tokens are cached per (registration, sorted scopes) until shortly before they expire. The key
 * is the registration — the pair (issuer, client id) — and never the issuer alone: Canvas cloud
 * tenants share one issuer and each must get its own tokens (LTI.md negative test 25). A token
 * is a credential: it is never logged, and it lives only in this node's memory.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class.getName());
    /** When the platform does not say how long a token lasts (RFC 6749 §5.1 only recommends it). */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);
    /** A token is given up this long (at most) before it expires, so that it never expires mid-request. */
    static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);

    @Inject
    GuardedHttpClient http;

    @Inject
    ToolKeyRing keys;

    private final Map<Key, Slot> cache = new ConcurrentHashMap<>();

    record Key(UUID registrationId, String scopes) {
    }

    /** One cache entry, with a lock so that concurrent callers for the same key fetch one token. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        volatile AccessToken token;
    }

    static Key key(UUID registrationId, Collection<String> scopes) {
        return new Key(registrationId, String.join(" ", new TreeSet<>(scopes)));
    }

    /** A usable token for these scopes: the cached one, or a new one from the platform. */
    public AccessToken token(PlatformAccount account, Set<String> scopes) throws ServiceFailure {
        Slot slot = cache.computeIfAbsent(key(account.registrationId(), scopes), k -> new Slot());
        AccessToken cached = slot.token;
        if (cached != null && cached.usableAt(Instant.now())) {
            return cached;
        }
        slot.lock.lock();
        try {
            cached = slot.token;
            Instant now = Instant.now();
            if (cached != null && cached.usableAt(now)) {
                return cached;
            }
            AccessToken fresh = request(account, key(account.registrationId(), scopes).scopes(), now);
            slot.token = fresh;
            return fresh;
        } finally {
            slot.lock.unlock();
        }
    }

    /**
     * The platform refused this token (401): forget it, unless another caller has replaced it
     * already, so that the next call asks for a new one.
     */
    public void forget(PlatformAccount account, Set<String> scopes, AccessToken refused) {
        Slot slot = cache.get(key(account.registrationId(), scopes));
        if (slot != null && slot.token != null && slot.token.value().equals(refused.value())) {
            slot.token = null;
        }
    }

    private AccessToken request(PlatformAccount account, String scope, Instant now) throws ServiceFailure {
        if (account.tokenEndpoint() == null || account.tokenEndpoint().isBlank()) {
            throw new ServiceRefused("the registration has no token endpoint, so the tool cannot call LTI Advantage services");
        }
        URI endpoint;
        try {
            endpoint = URI.create(account.tokenEndpoint());
        } catch (IllegalArgumentException e) {
            throw new ServiceRefused("the registration's token endpoint is not a URL");
        }
        String assertion = ClientAssertion.sign(keys.signingKey(), account.clientId(), account.assertionAudience(), now);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", ClientAssertion.TYPE);
        form.put("client_assertion", assertion);
        form.put("scope", scope);
        OutboundResponse response;
        try {
            response = http.postForm(endpoint, form, Map.of("Accept", "application/json"));
        } catch (OutboundRefused e) {
            throw ServiceRequests.classify("token endpoint", e);
        }
        String where = "token endpoint " + ServiceRequests.describe(endpoint);
        if (response.status() >= 500 || response.status() == 429) {
            throw new ServiceUnavailable("HTTP " + response.status() + " from the " + where);
        }
        if (!response.isSuccess()) {
            throw new ServiceRefused("the " + where + " refused the client credentials grant: HTTP " + response.status()
                    + oauthError(response.body()), response.status(), null);
        }
        AccessToken token = read(response.body(), Instant.now(), where);
        LOG.fine(() -> "Access token for registration " + account.registrationId() + " (" + scope + ") until " + token.useUntil());
        return token;
    }

    /** Reads a successful token response (RFC 6749 §5.1). */
    static AccessToken read(String body, Instant now, String where) throws ServiceRefused {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new ServiceRefused("the " + where + " answered with something that is not JSON");
        }
        if (!(json.get("access_token") instanceof String value) || value.isEmpty()) {
            throw new ServiceRefused("the " + where + " answered without an access_token");
        }
        Object type = json.get("token_type");
        if (type != null && !"bearer".equalsIgnoreCase(String.valueOf(type))) {
            throw new ServiceRefused("the " + where + " issued a token of type " + type + ", not Bearer");
        }
        Duration lifetime = json.get("expires_in") instanceof Number seconds && seconds.longValue() > 0
                ? Duration.ofSeconds(seconds.longValue()) : ASSUMED_LIFETIME;
        Duration margin = lifetime.dividedBy(5).compareTo(SAFETY_MARGIN) < 0 ? lifetime.dividedBy(5) : SAFETY_MARGIN;
        return new AccessToken(value, now.plus(lifetime).minus(margin));
    }

    /** The OAuth error code of a refusal (RFC 6749 §5.2), which names no secret. */
    private static String oauthError(String body) {
        try {
            Object error = JSONObjectUtils.parse(body).get("error");
            return error instanceof String code && code.matches("[a-z_]{1,64}") ? " (" + code + ")" : "";
        } catch (ParseException | RuntimeException e) {
            return "";
        }
    }
}
