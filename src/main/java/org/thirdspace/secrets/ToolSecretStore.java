package org.thirdspace.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The {@code tool_secret} table: generated secrets, sealed with the key secret. */
@ApplicationScoped
public class ToolSecretStore {

    @Inject
    EntityManager em;

    @Inject
    KeySecret keySecret;

    @Transactional
    public byte[] loadOrCreate(String name) {
        String sealed = read(name);
        if (sealed == null) {
            byte[] value = new byte[32];
            new SecureRandom().nextBytes(value);
            // Insert if absent: when two nodes race, both read back the one row that won.
            em.createNativeQuery("insert into tool_secret (name, sealed_value, created_at) values (?, ?, ?) on conflict do nothing")
                    .setParameter(1, name)
                    .setParameter(2, keySecret.sealer().seal(value, name))
                    .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
            sealed = read(name);
        }
        return keySecret.sealer().open(sealed, name);
    }

    private String read(String name) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select sealed_value from tool_secret where name = ?")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
