package org.thirdspace.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;
import org.thirdspace.database.DatabaseDefinition;
import org.thirdspace.lti.oidc.OidcLogin;
import org.thirdspace.lti.oidc.OidcLogins;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

/**
 * OIDC login state in the database, where every node of a cluster sees it. Consumption is one
 * conditional update, so of two concurrent launches with the same state exactly one wins.
 */
@ApplicationScoped
@Transactional
public class JpaOidcLogins implements OidcLogins {

    private EntityManager em;
    private boolean postgres;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    protected JpaOidcLogins() {
    }

    @Inject
    public JpaOidcLogins(EntityManager em, ToolSettings settings) {
        this.em = em;
        this.postgres = DatabaseAddress.from(settings).isPostgres();
    }

    /**
     * Written at once in its own statement, outside any transaction: a login is one row that nothing
     * else in the request depends on, and half of a login's cost was the JTA transaction and the
     * persistence context around this single insert (launch benchmark profile).
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void add(OidcLogin login) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into oidc_login (state, nonce, registration_id,"
                     + " browser_binding, deployment_hint, target_link_uri, login_hint, message_hint, storage_target, created_at,"
                     + " expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            insert.setString(1, login.state());
            insert.setString(2, login.nonce());
            insert.setObject(3, login.registrationId());
            insert.setString(4, login.browserBindingHash());
            insert.setString(5, login.deploymentHint());
            insert.setString(6, login.targetLinkUri());
            insert.setString(7, login.loginHint());
            insert.setString(8, login.messageHint());
            insert.setString(9, login.storageTarget());
            insert.setObject(10, utc(login.createdAt()));
            insert.setObject(11, utc(login.expiresAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("could not store the OIDC login", e);
        }
    }

    @Override
    public Optional<OidcLogin> find(String state) {
        return Optional.ofNullable(em.find(OidcLogin.class, state));
    }

    /**
     * On PostgreSQL, {@code set_config(…, true)} is {@code set local plan_cache_mode = auto} (see
     * {@link PostgresGenericPlans}) said in the look-up itself: one round trip fewer per launch.
     */
    @Override
    public Optional<OidcLogin> findForLaunch(String state) {
        if (!postgres) {
            return find(state);
        }
        return new NativeQuery().sql("select o.*, set_config('plan_cache_mode', 'auto', true) as plan_cache_mode"
                + " from oidc_login o where o.state = ?", state).entities(em, OidcLogin.class).stream().findFirst();
    }

    /**
     * {@code update … returning} on PostgreSQL, where {@code set_config} rides along as in
     * {@link #findForLaunch}; H2 reads the updated row through its {@code final table}. Both take
     * the row's lock, so a concurrent launch with the same state waits, then finds it consumed. The
     * login is only read after this (read-only: not copied for change tracking, nothing compared at commit).
     */
    @Override
    public Optional<OidcLogin> claimForLaunch(String state, Collection<String> bindingHashes, Instant now, Instant keepUntil) {
        if (bindingHashes.isEmpty()) {
            return Optional.empty();
        }
        NativeQuery claim = new NativeQuery().sql(postgres ? "" : "select * from final table (")
                .sql("update oidc_login set consumed_at = ?, expires_at = greatest(expires_at, ?) where state = ?"
                        + " and consumed_at is null and expires_at >= ? and browser_binding in ", now, keepUntil, state, now)
                .in(bindingHashes)
                .sql(postgres ? " returning *, set_config('plan_cache_mode', 'auto', true) as plan_cache_mode" : ")");
        return claim.readOnly(em, OidcLogin.class).stream().findFirst();
    }

    /**
     * Marks the login used. Returns false when it had been used already (a replay). The row is kept
     * until the later of its own expiry and the token's, so that a replay is recognised as such.
     */
    @Override
    @Transactional
    public boolean consume(String state, Instant now, Instant keepUntil) {
        return em.createNativeQuery("update oidc_login set consumed_at = ?, expires_at = greatest(expires_at, ?)"
                        + " where state = ? and consumed_at is null")
                .setParameter(1, utc(now))
                .setParameter(2, utc(keepUntil))
                .setParameter(3, state)
                .executeUpdate() == 1;
    }

    @Override
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
