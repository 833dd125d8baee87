package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.Digests;

import java.time.Instant;
import java.util.UUID;

/**
 * One-click unsubscribe (RFC 8058): whoever holds a digest's unsubscribe token turns that person's
 * digests off, without signing in. A token that is not one of ours changes nothing.
 */
@ApplicationScoped
public class UnsubscribeFromDigests {

    private Digests digests;
    private UnsubscribeTokens tokens;

    protected UnsubscribeFromDigests() {
    }

    @Inject
    public UnsubscribeFromDigests(Digests digests, UnsubscribeTokens tokens) {
        this.digests = digests;
        this.tokens = tokens;
    }

    /** Checks the token without changing anything (the confirmation page a GET shows). */
    public void check(String token) {
        person(token);
    }

    @Transactional
    public void unsubscribe(String token, Instant now) {
        digests.prefer(person(token), DigestFrequency.OFF, now);
    }

    private UUID person(String token) {
        return tokens.personOf(token).orElseThrow(() -> new AccessDenied("this unsubscribe link is not valid"));
    }
}
