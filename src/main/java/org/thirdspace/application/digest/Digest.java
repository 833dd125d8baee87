package org.thirdspace.application.digest;

import org.thirdspace.community.digest.DigestRecipient;

import java.time.Instant;
import java.util.List;

/**
 * A person's digest of one period (from their last digest to {@code coveredUntil}), its items
 * already checked against what they may read. {@code messageId} is derived from the idempotency
 * key, so that a digest sent again after a lost acknowledgement carries the same Message-ID
 * (RFC 5322 §3.6.4) and mail programs can tell it is the same message.
 */
public record Digest(DigestRecipient recipient, String name, Instant coveredUntil, String messageId, List<DigestItem> items) {

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
