package org.thirdspace.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the tool generates for itself (for example the key that signs session tokens), created
 * once, sealed at rest and shared by every node through the database; held in memory once read.
 */
@ApplicationScoped
public class ToolSecrets {

    @Inject
    ToolSecretStore store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] secret(String name) {
        byte[] value = cache.get(name);
        if (value == null) {
            value = store.loadOrCreate(name);
            cache.put(name, value);
        }
        return value;
    }
}
