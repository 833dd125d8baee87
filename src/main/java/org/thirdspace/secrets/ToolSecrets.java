package org.thirdspace.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the tool generates for itself (for example the key that signs session tokens), created
 * once, sealed at rest and shared by every node through the database; held in memory once read.
 */
@ApplicationScoped
public class ToolSecrets {

    private ToolSecretStore store;
    private KeySecret keySecret;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    protected ToolSecrets() {
    }

    @Inject
    public ToolSecrets(ToolSecretStore store, KeySecret keySecret) {
        this.store = store;
        this.keySecret = keySecret;
    }

    public byte[] secret(String name) {
        byte[] value = cache.get(name);
        if (value == null) {
            value = loadOrCreate(name);
            cache.put(name, value);
        }
        return value;
    }

    private byte[] loadOrCreate(String name) {
        String sealed = store.sealedValue(name).orElse(null);
        if (sealed == null) {
            byte[] value = new byte[32];
            new SecureRandom().nextBytes(value);
            store.addIfAbsent(name, keySecret.sealer().seal(value, name), Instant.now());
            sealed = store.sealedValue(name).orElseThrow();
        }
        return keySecret.sealer().open(sealed, name);
    }
}
