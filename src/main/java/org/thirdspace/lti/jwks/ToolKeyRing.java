package org.thirdspace.lti.jwks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.secrets.KeySecret;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The tool's signing keys: the one that signs, and the set published at the JWKS endpoint.
 *
 * <p>Rotation follows the 1EdTech Security Framework §6.2: {@link #prepareNext} publishes a new key
 * that does not sign; {@link #activateNext} makes it sign only after it has been published for
 * {@code thirdspace.keys.min-publish-seconds}, and keeps the previous key published (RETIRING);
 * {@link #retire} removes a retiring key from the set. Every node reads the keys from the database
 * and refreshes its copy every minute, so a rotation done on one node reaches the others.
 */
@ApplicationScoped
public class ToolKeyRing {

    private static final Logger LOG = Logger.getLogger(ToolKeyRing.class.getName());
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private ToolKeys store;
    private KeySecret secret;
    private ToolSettings settings;

    private volatile Snapshot snapshot;

    protected ToolKeyRing() {
    }

    @Inject
    public ToolKeyRing(ToolKeys store, KeySecret secret, ToolSettings settings) {
        this.store = store;
        this.secret = secret;
        this.settings = settings;
    }

    /** The private key that signs now, with its {@code kid}. */
    @Transactional
    public RSAKey signingKey() {
        return current().signing();
    }

    /** The public keys to publish: next, active and retiring. */
    @Transactional
    public JWKSet publishedKeys() {
        return current().published();
    }

    @Transactional
    public List<ToolKey> keys() {
        return store.all();
    }

    /** Creates the first signing key if there is none (first start). */
    @Transactional
    public void ensureSigningKey() {
        if (activeKeys().isEmpty()) {
            store.add(generate(ToolKeyStatus.ACTIVE));
            LOG.info("Generated the tool's first signing key");
        }
        snapshot = null;
    }

    @Transactional
    public ToolKey prepareNext() {
        if (!withStatus(ToolKeyStatus.NEXT).isEmpty()) {
            throw new KeyRotationRefused("a next key is already published; activate it first");
        }
        ToolKey next = generate(ToolKeyStatus.NEXT);
        store.add(next);
        snapshot = null;
        return next;
    }

    @Transactional
    public ToolKey activateNext(Instant now) {
        ToolKey next = withStatus(ToolKeyStatus.NEXT).stream().findFirst()
                .orElseThrow(() -> new KeyRotationRefused("there is no next key; prepare one first"));
        Instant allowedFrom = next.createdAt().plus(settings.keyMinPublish());
        if (now.isBefore(allowedFrom)) {
            throw new KeyRotationRefused("the next key " + next.kid() + " has been published since " + next.createdAt()
                    + "; platforms may not have fetched it yet. It may sign from " + allowedFrom);
        }
        activeKeys().forEach(ToolKey::stopSigning);
        next.activate(now);
        snapshot = null;
        return next;
    }

    @Transactional
    public ToolKey retire(String kid, Instant now) {
        ToolKey key = store.byKid(kid)
                .orElseThrow(() -> new KeyRotationRefused("no key " + kid));
        if (key.status() != ToolKeyStatus.RETIRING) {
            throw new KeyRotationRefused("only a key that no longer signs can be retired; " + kid + " is " + key.status());
        }
        key.retire(now);
        snapshot = null;
        return key;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || current.isStale()) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        List<ToolKey> published = store.published();
        // With several active keys (two nodes bootstrapped at once), every node signs with the oldest.
        ToolKey signer = published.stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE)
                .min(Comparator.comparing(ToolKey::activatedAt))
                .orElseThrow(() -> new IllegalStateException("the tool has no active signing key"));
        try {
            RSAKey publicSigner = RSAKey.parse(signer.publicJwk());
            byte[] privateJson = secret.sealer().open(signer.sealedPrivateKey(), signer.kid());
            RSAKey signing = RSAKey.parse(new String(privateJson, StandardCharsets.UTF_8));
            if (!signing.toPublicJWK().equals(publicSigner)) {
                throw new IllegalStateException("sealed private key does not match public key " + signer.kid());
            }
            List<JWK> keys = published.stream().map(k -> {
                try {
                    return (JWK) RSAKey.parse(k.publicJwk());
                } catch (ParseException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            return new Snapshot(signing, new JWKSet(keys), Instant.now());
        } catch (ParseException e) {
            throw new IllegalStateException("stored key " + signer.kid() + " cannot be read", e);
        }
    }

    private ToolKey generate(ToolKeyStatus status) {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            String sealed = secret.sealer().seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID());
            return new ToolKey(key.getKeyID(), status, key.toPublicJWK().toJSONString(), sealed, Instant.now());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private List<ToolKey> activeKeys() {
        return withStatus(ToolKeyStatus.ACTIVE);
    }

    private List<ToolKey> withStatus(ToolKeyStatus status) {
        return store.withStatus(status);
    }

    private record Snapshot(RSAKey signing, JWKSet published, Instant loadedAt) {
        boolean isStale() {
            return Instant.now().isAfter(loadedAt.plus(REFRESH));
        }
    }
}
