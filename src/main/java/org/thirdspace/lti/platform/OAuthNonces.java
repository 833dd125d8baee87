package org.thirdspace.lti.platform;

import java.time.Instant;

/**
 * OAuth 1.0a nonces of LTI 1.1 launches, single-use per consumer key, kept where every node of a
 * cluster sees them (the same place as OIDC login state) until their timestamp leaves the window.
 */
public interface OAuthNonces {

    /** Records the nonce; false when this consumer key used it already (a replay). */
    boolean use(String consumerKey, String nonce, Instant keepUntil);

    /** Deletes the nonces that can no longer be replayed; returns how many. */
    int purgeExpired(Instant now);
}
