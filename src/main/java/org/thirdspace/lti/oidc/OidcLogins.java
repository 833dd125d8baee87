package org.thirdspace.lti.oidc;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * OIDC login state, kept where every node of a cluster sees it (LTI.md §1.1). Consumption is one
 * conditional update, so of two concurrent launches with the same state exactly one wins.
 */
public interface OidcLogins {

    /** Stores a new login at once, outside any transaction: nothing else in the request depends on it. */
    void add(OidcLogin login);

    Optional<OidcLogin> find(String state);

    /**
     * The login an id_token POST names, looked up as the first statement of the launch's
     * transaction: the same round trip lets the rest of that transaction use the database's cached
     * generic plans (what {@code lti.launch.GenericPlans} does in a statement of its own), since a
     * launch's statements are all look-ups by key and inserts.
     */
    Optional<OidcLogin> findForLaunch(String state);

    /**
     * The login an id_token POST names, consumed in the statement that reads it, when it is
     * unconsumed, unexpired and bound to one of {@code bindingHashes} (the presented cookie's and
     * Platform Storage value's hashes); empty otherwise, and nothing written. One round trip for
     * what {@link #findForLaunch} and {@link #consume} do in two; as the first statement of the
     * launch's transaction it also sets the generic plans. The caller's transaction undoes the
     * consumption when a later check refuses the launch; on empty, the two-step path finds out why.
     */
    Optional<OidcLogin> claimForLaunch(String state, Collection<String> bindingHashes, Instant now, Instant keepUntil);

    /**
     * Marks the login used. Returns false when it had been used already (a replay). The login is
     * kept until the later of its own expiry and {@code keepUntil} (the token's), so that a replay
     * is recognised as such.
     */
    boolean consume(String state, Instant now, Instant keepUntil);

    /** Deletes the logins that expired; returns how many. */
    int purgeExpired(Instant now);
}
