package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.application.session.RevocationRecords;
import org.thirdspace.application.session.SessionRevocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Revocations in the {@code session_revocation} table, one row per subject (see the V7 migration). */
@ApplicationScoped
@Transactional
public class JpaRevocationRecords implements RevocationRecords {

    private EntityManager em;
    private AfterCommit afterCommit;

    protected JpaRevocationRecords() {
    }

    @Inject
    public JpaRevocationRecords(EntityManager em, AfterCommit afterCommit) {
        this.em = em;
        this.afterCommit = afterCommit;
    }

    @Override
    public void record(SessionRevocation r, Instant now, Runnable whenCommitted) {
        // Only ever later: of two revocations of one subject, the one that refuses more wins.
        int moved = em.createNativeQuery("update session_revocation set not_before = ?, expires_at = greatest(expires_at, ?),"
                        + " recorded_at = ? where scope = ? and subject = ? and not_before < ?")
                .setParameter(1, utc(r.notBefore())).setParameter(2, utc(r.expiresAt())).setParameter(3, utc(now))
                .setParameter(4, r.scope().name()).setParameter(5, r.subject()).setParameter(6, utc(r.notBefore()))
                .executeUpdate();
        if (moved == 0) {
            em.createNativeQuery("insert into session_revocation (scope, subject, not_before, expires_at, recorded_at)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing")
                    .setParameter(1, r.scope().name()).setParameter(2, r.subject()).setParameter(3, utc(r.notBefore()))
                    .setParameter(4, utc(r.expiresAt())).setParameter(5, utc(now))
                    .executeUpdate();
        }
        afterCommit.run(whenCommitted);
    }

    @Override
    public List<SessionRevocation> recordedSince(Instant since, Instant now) {
        List<?> rows = em.createNativeQuery("select scope, subject, not_before, expires_at from session_revocation"
                        + " where recorded_at > ? and expires_at > ?")
                .setParameter(1, utc(since)).setParameter(2, utc(now))
                .getResultList();
        List<SessionRevocation> revocations = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            revocations.add(new SessionRevocation(SessionRevocation.Scope.valueOf((String) r[0]), (String) r[1], instant(r[2]),
                    instant(r[3])));
        }
        return revocations;
    }

    @Override
    public int purge(Instant now) {
        return em.createNativeQuery("delete from session_revocation where expires_at < ?").setParameter(1, utc(now)).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
