package org.thirdspace.community.digest;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone whose digest is due: their address as their LMS last shared it, their language, how often
 * they want one, where their last digest stopped ({@code coveredFrom}: the next one starts there)
 * and how many times the pending one has failed.
 */
public record DigestRecipient(UUID personId, UUID organisationId, String email, String locale, DigestFrequency frequency,
                              Instant coveredFrom, int failures) {

    /** Names this person's digest of this period: the same digest always has the same key. */
    public String idempotencyKey() {
        return personId + "/" + coveredFrom.toEpochMilli();
    }
}
