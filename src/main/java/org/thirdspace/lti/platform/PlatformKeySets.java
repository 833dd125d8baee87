package org.thirdspace.lti.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.http.OutboundRefused;
import org.thirdspace.lti.http.OutboundResponse;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platforms' public key sets (1EdTech Security Framework §6.3), cached per URL on this node.
 *
 * <ul>
 *   <li>The cache lifetime follows the response's {@code Cache-Control: max-age}, between the
 *       minimum refresh interval and a day; without it, the configured default.</li>
 *   <li>A token whose {@code kid} is not in the cached set triggers one refresh at once, even if
 *       the set was fetched a moment ago (a platform that rotates signs with the new key right
 *       after publishing it). Such refreshes are budgeted apart from the regular ones: at most one
 *       per minimum refresh interval per URL, so a flood of random {@code kid}s cannot turn into a
 *       flood of fetches.</li>
 *   <li>RSA keys without {@code alg} are accepted (D2L omits it); keys marked for encryption are not.</li>
 *   <li>When a refresh fails, the last good set keeps serving until a fetch succeeds.</li>
 * </ul>
 * The URL is always the registered one: {@code jku} and {@code x5u} headers are never read.
 */
@ApplicationScoped
public class PlatformKeySets {

    private static final Logger LOG = Logger.getLogger(PlatformKeySets.class.getName());
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*(\\d{1,9})");
    private static final Duration LONGEST_CACHE = Duration.ofDays(1);

    @Inject
    GuardedHttpClient http;

    @Inject
    ToolSettings settings;

    private final Map<String, CachedKeySet> cache = new ConcurrentHashMap<>();

    public RSAPublicKey verificationKey(String jwksUri, String kid) throws PlatformKeyUnavailable {
        CachedKeySet entry = cache.computeIfAbsent(jwksUri, url -> new CachedKeySet());
        Instant now = Instant.now();
        if (entry.isExpired(now)) {
            entry.refresh(jwksUri, now);
        }
        RSAPublicKey key = entry.find(kid);
        if (key == null) {
            entry.refreshForUnknownKid(jwksUri, kid, now);
            key = entry.find(kid);
        }
        if (key == null) {
            throw new PlatformKeyUnavailable("no RSA signing key with kid '" + kid + "' in the platform key set " + jwksUri);
        }
        return key;
    }

    /**
     * What this node knows of a key set, for the admin console: when it was last fetched, the
     * signing keys' ids, and the last failure (a failed refresh keeps the last good set serving).
     * Nothing when no launch has needed the set since this node started.
     */
    public Optional<KeySetStatus> status(String jwksUri) {
        CachedKeySet entry = jwksUri == null ? null : cache.get(jwksUri);
        if (entry == null || Instant.EPOCH.equals(entry.fetchedAt)) {
            return Optional.empty();
        }
        Map<String, RSAPublicKey> keys = entry.keys;
        return Optional.of(new KeySetStatus(entry.fetchedAt, keys == null ? null : entry.expiresAt,
                keys == null ? List.of() : keys.keySet().stream().sorted().toList(), entry.lastError, entry.lastErrorAt));
    }

    /** {@code lastError} is null when the last fetch succeeded. */
    public record KeySetStatus(Instant fetchedAt, Instant expiresAt, List<String> kids, String lastError, Instant lastErrorAt) {
    }

    /** Forgets a URL's cached set (after its registration changed). */
    public void forget(String jwksUri) {
        cache.remove(jwksUri);
    }

    private final class CachedKeySet {
        private final ReentrantLock lock = new ReentrantLock();
        /** The set's RSA signing keys by kid, converted once per fetch rather than once per launch. */
        private volatile Map<String, RSAPublicKey> keys;
        private volatile Instant expiresAt = Instant.EPOCH;
        /** When the set was last asked for (successfully or not): the console shows it. */
        private volatile Instant fetchedAt = Instant.EPOCH;
        /** When an unknown kid last caused a fetch: the budget that bounds floods of random kids. */
        private Instant unknownKidFetchedAt = Instant.EPOCH;
        private volatile String lastError;
        private volatile Instant lastErrorAt;

        boolean isExpired(Instant now) {
            return keys == null || now.isAfter(expiresAt);
        }

        RSAPublicKey find(String kid) {
            Map<String, RSAPublicKey> current = keys;
            return current == null ? null : current.get(kid);
        }

        void refresh(String jwksUri, Instant now) throws PlatformKeyUnavailable {
            lock.lock();
            try {
                if (isExpired(now)) { // another thread may have refreshed while this one waited
                    fetch(jwksUri, now);
                }
            } finally {
                lock.unlock();
            }
        }

        void refreshForUnknownKid(String jwksUri, String kid, Instant now) throws PlatformKeyUnavailable {
            lock.lock();
            try {
                if (find(kid) != null || Duration.between(unknownKidFetchedAt, now).compareTo(settings.jwksMinRefresh()) < 0) {
                    return;
                }
                unknownKidFetchedAt = now;
                fetch(jwksUri, now);
            } finally {
                lock.unlock();
            }
        }

        private void fetch(String jwksUri, Instant now) throws PlatformKeyUnavailable {
            fetchedAt = now;
            try {
                OutboundResponse response = http.get(URI.create(jwksUri), Map.of("Accept", "application/json"));
                if (!response.isSuccess()) {
                    throw new OutboundRefused("HTTP " + response.status());
                }
                keys = signingKeys(JWKSet.parse(response.body()), jwksUri);
                expiresAt = now.plus(cacheLifetime(response.header("Cache-Control")));
                lastError = null;
                lastErrorAt = null;
            } catch (OutboundRefused | ParseException e) {
                lastError = e.getMessage();
                lastErrorAt = now;
                LOG.warning(() -> "Could not fetch the platform key set " + jwksUri + ": " + e.getMessage());
                if (keys == null) {
                    throw new PlatformKeyUnavailable("the platform key set " + jwksUri + " could not be fetched: " + e.getMessage());
                }
                expiresAt = now.plus(settings.jwksMinRefresh()); // the last good set serves; a failing platform is not asked on every launch
            }
        }
    }

    /** RSA keys for signatures: a declared use must be {@code sig} and a declared alg RS256; a missing alg is tolerated. */
    private static Map<String, RSAPublicKey> signingKeys(JWKSet set, String jwksUri) {
        Map<String, RSAPublicKey> keys = new HashMap<>();
        for (JWK key : set.getKeys()) {
            if (!(key instanceof RSAKey rsa) || key.getKeyID() == null
                    || key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())
                    || key.getAlgorithm() != null && !"RS256".equals(key.getAlgorithm().getName())) {
                continue;
            }
            try {
                keys.putIfAbsent(key.getKeyID(), rsa.toRSAPublicKey());
            } catch (JOSEException e) {
                LOG.warning(() -> "Key " + key.getKeyID() + " of the platform key set " + jwksUri + " is not a valid RSA key: " + e.getMessage());
            }
        }
        return Map.copyOf(keys);
    }

    Duration cacheLifetime(String cacheControl) {
        Duration lifetime = settings.jwksDefaultCache();
        if (cacheControl != null) {
            Matcher matcher = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
            if (matcher.find()) {
                lifetime = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
            } else if (cacheControl.contains("no-store") || cacheControl.contains("no-cache")) {
                lifetime = Duration.ZERO;
            }
        }
        if (lifetime.compareTo(settings.jwksMinRefresh()) < 0) {
            return settings.jwksMinRefresh();
        }
        return lifetime.compareTo(LONGEST_CACHE) > 0 ? LONGEST_CACHE : lifetime;
    }
}
