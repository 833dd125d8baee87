package org.thirdspace.community.digest;

import java.time.Instant;
import java.util.UUID;

/** A digest that was sent: to whom, which period it covered, how many items it had. */
public record DigestDelivery(UUID id, UUID personId, String idempotencyKey, Instant coveredFrom, Instant coveredUntil,
                            int items, String messageId, Instant sentAt) {
}
