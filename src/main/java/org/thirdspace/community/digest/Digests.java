package org.thirdspace.community.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Digest preferences, who is due, and the record of what was sent. */
public interface Digests {

    /** The person's own choice; empty while they have made none (the default applies). */
    Optional<DigestFrequency> preference(UUID personId);

    void prefer(UUID personId, DigestFrequency frequency, Instant now);

    /**
     * A page of the people due for a digest at {@code now}, in person id order after {@code after}
     * (null: from the start): active people with an e-mail address whose frequency (their own, else
     * their organisation's default, else {@code byDefault}) is not off, whose period since their last digest (else since they arrived)
     * has passed, and whose last failed attempt is not still waiting.
     */
    List<DigestRecipient> due(Instant now, Duration day, DigestFrequency byDefault, UUID after, int limit);

    /**
     * Records a sent digest and moves the person's coverage on, in the caller's transaction; false,
     * with nothing written, when a digest with the same idempotency key is recorded already.
     */
    boolean recordSent(DigestDelivery delivery);

    /** Moves coverage on without a digest: there was nothing to tell these people. */
    void nothingToSend(Collection<DigestRecipient> recipients, Instant coveredUntil);

    /** The pending digest failed again: not before {@code nextAttempt}. */
    void failed(DigestRecipient recipient, Instant nextAttempt, Instant now);

    List<DigestDelivery> sentTo(UUID personId, int limit);

    /** Takes (or extends) the lease of a job for {@code holder}; false when another holder's lease runs. */
    boolean lease(String job, String holder, Instant now, Instant until);

    void release(String job, String holder);
}
