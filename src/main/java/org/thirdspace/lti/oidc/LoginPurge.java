package org.thirdspace.lti.oidc;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.thirdspace.database.DatabaseState;
import org.thirdspace.lti.platform.OAuthNonces;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes login rows whose state and nonce can no longer be used nor replayed (past both the login
 * window and the token's expiry), and LTI 1.1 nonces whose timestamp left the window. Any node may run it; running it twice is harmless.
 */
@Singleton
public class LoginPurge {

    private static final Logger LOG = Logger.getLogger(LoginPurge.class.getName());

    @Inject
    OidcLogins logins;

    @Inject
    OAuthNonces nonces;

    @Inject
    DatabaseState database;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void purge() {
        if (database.isMigrated()) {
            int deleted = logins.purgeExpired(Instant.now());
            if (deleted > 0) {
                LOG.fine(() -> "Purged " + deleted + " expired OIDC logins");
            }
            int oauthNonces = nonces.purgeExpired(Instant.now());
            if (oauthNonces > 0) {
                LOG.fine(() -> "Purged " + oauthNonces + " expired LTI 1.1 nonces");
            }
        }
    }
}
