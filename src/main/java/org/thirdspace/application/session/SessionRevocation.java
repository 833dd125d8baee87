package org.thirdspace.application.session;

import java.time.Instant;

/**
 * Session tokens that stop working before they expire: every token of one session, person or
 * organisation ({@code subject}) issued before {@code notBefore}. Kept until {@code expiresAt},
 * when no token it refuses can still be valid anyway.
 */
public record SessionRevocation(Scope scope, String subject, Instant notBefore, Instant expiresAt) {

    public enum Scope {
        SESSION, PERSON, ORGANISATION
    }

    public String key() {
        return scope + ":" + subject;
    }
}
