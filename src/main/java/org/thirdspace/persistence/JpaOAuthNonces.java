package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.platform.OAuthNonces;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * LTI 1.1 OAuth nonces in the database. Recording one is a single insert that does nothing when
 * the (key, nonce) row exists, so a replay is told by the row count; two concurrent first uses
 * race on the primary key, and the loser's launch is retried and then sees the replay.
 */
@ApplicationScoped
@Transactional
public class JpaOAuthNonces implements OAuthNonces {

    private EntityManager em;

    protected JpaOAuthNonces() {
    }

    @Inject
    public JpaOAuthNonces(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean use(String consumerKey, String nonce, Instant keepUntil) {
        return em.createNativeQuery("insert into lti11_nonce (consumer_key, nonce, expires_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .setParameter(1, consumerKey)
                .setParameter(2, nonce)
                .setParameter(3, utc(keepUntil))
                .executeUpdate() == 1;
    }

    @Override
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from lti11_nonce where expires_at < ?")
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
