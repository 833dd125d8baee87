package org.thirdspace.community.discussion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a chronological list ends: the publication time and id of its last thread
 * (keyset pagination: the next page starts strictly after it, whatever was added meanwhile).
 */
public record FeedCursor(Instant publishAt, UUID id) {

    public String encode() {
        String raw = publishAt.toEpochMilli() + ":" + publishAt.getNano() % 1_000_000 + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Empty for no cursor; a malformed one is refused by the caller as bad input. */
    public static Optional<FeedCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Optional.empty();
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("malformed cursor");
        }
        Instant at = Instant.ofEpochMilli(Long.parseLong(parts[0])).plusNanos(Long.parseLong(parts[1]));
        return Optional.of(new FeedCursor(at, UUID.fromString(parts[2])));
    }
}
