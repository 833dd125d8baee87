package org.thirdspace.lti.oidc;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.database.DatabaseReady;
import org.thirdspace.lti.platform.OAuthNonces;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes login rows whose state and nonce can no longer be used nor replayed (past both the login
 * window and the token's expiry), and LTI 1.1 nonces whose timestamp left the window. Any node may
 * run it; running it twice is harmless. A managed executor rather than an EJB timer, as every other
 * schedule of the tool: Payara Micro runs without its data grid, where EJB timers would live.
 */
@ApplicationScoped
public class LoginPurge {

    private static final Logger LOG = Logger.getLogger(LoginPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private OidcLogins logins;
    private OAuthNonces nonces;
    private ToolSettings settings;

    protected LoginPurge() {
    }

    @Inject
    public LoginPurge(OidcLogins logins, OAuthNonces nonces, ToolSettings settings) {
        this.logins = logins;
        this.nonces = nonces;
        this.settings = settings;
    }

    void onDatabaseReady(@Observes DatabaseReady ready) {
        long every = settings.loginPurge().toSeconds();
        scheduler.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.SECONDS);
    }

    void purge() {
        // An exception escaping a scheduled task would cancel every later run.
        try {
            int deleted = logins.purgeExpired(Instant.now());
            int oauthNonces = nonces.purgeExpired(Instant.now());
            if (deleted + oauthNonces > 0) {
                LOG.fine(() -> "Purged " + deleted + " expired OIDC logins and " + oauthNonces + " LTI 1.1 nonces");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging expired OIDC logins and LTI 1.1 nonces failed; the next run tries again", DatabaseFailures.withoutMessages(e));
        }
    }
}
