package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.dynamic.RegistrationAttempts;

import java.time.Instant;
import java.util.UUID;

/** The {@code dynamic_registration_attempt} rows (V21): one per attempt of the last hour. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaRegistrationAttempts implements RegistrationAttempts {

    private EntityManager em;

    protected JpaRegistrationAttempts() {
    }

    @Inject
    public JpaRegistrationAttempts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(UUID id, Instant at, Instant forgetBefore) {
        new NativeQuery().sql("delete from dynamic_registration_attempt where attempted_at <= ?", forgetBefore).execute(em);
        new NativeQuery().sql("insert into dynamic_registration_attempt (id, attempted_at) values (?, ?)", id, at).execute(em);
    }

    @Override
    public Recent since(Instant since) {
        Object[] row = new NativeQuery().sql("select count(*), min(attempted_at) from dynamic_registration_attempt where attempted_at > ?",
                since).rows(em).get(0);
        return new Recent(NativeQuery.number(row[0]), NativeQuery.instant(row[1]));
    }

    @Override
    public void forget(UUID id) {
        new NativeQuery().sql("delete from dynamic_registration_attempt where id = ?", id).execute(em);
    }
}
