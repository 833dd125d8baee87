package org.thirdspace.community.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Application-generated keys: UUID version 7 (RFC 9562 §5.7), a millisecond timestamp followed by
 * random bits, so that new rows land at the end of primary-key indexes instead of all over them.
 */
public final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuid() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long most = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long least = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
