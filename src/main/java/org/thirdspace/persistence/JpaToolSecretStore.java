package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.secrets.ToolSecretStore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code tool_secret} table: generated secrets, sealed with the key secret. */
@ApplicationScoped
@Transactional
public class JpaToolSecretStore implements ToolSecretStore {

    private EntityManager em;

    protected JpaToolSecretStore() {
    }

    @Inject
    public JpaToolSecretStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> sealedValue(String name) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select sealed_value from tool_secret where name = ?")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public void addIfAbsent(String name, String sealedValue, Instant now) {
        em.createNativeQuery("insert into tool_secret (name, sealed_value, created_at) values (?, ?, ?) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, sealedValue)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
