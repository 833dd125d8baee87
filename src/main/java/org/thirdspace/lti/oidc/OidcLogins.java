package org.thirdspace.lti.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * OIDC login state in the database, where every node of a cluster sees it. Consumption is one
 * conditional update, so of two concurrent launches with the same state exactly one wins.
 */
@ApplicationScoped
@Transactional
public class OidcLogins {

    @Inject
    EntityManager em;

    @Transactional
    public void add(OidcLogin login) {
        em.persist(login);
    }

    public Optional<OidcLogin> find(String state) {
        return Optional.ofNullable(em.find(OidcLogin.class, state));
    }

    /**
     * Marks the login used. Returns false when it had been used already (a replay). The row is kept
     * until the later of its own expiry and the token's, so that a replay is recognised as such.
     */
    @Transactional
    public boolean consume(String state, Instant now, Instant keepUntil) {
        return em.createNativeQuery("update oidc_login set consumed_at = ?, expires_at = greatest(expires_at, ?)"
                        + " where state = ? and consumed_at is null")
                .setParameter(1, utc(now))
                .setParameter(2, utc(keepUntil))
                .setParameter(3, state)
                .executeUpdate() == 1;
    }

    @Transactional
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from oidc_login where expires_at < ?")
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
