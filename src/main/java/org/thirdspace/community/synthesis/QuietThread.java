package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.UUID;

/** A thread nobody but its author has written in yet. */
public record QuietThread(UUID threadId, UUID openingPostId, String title, UUID authorId, Instant openedAt, String openingText) {

    /**
     * A question: its title or its opening post asks one. "?" is the mark in English, French
     * (after a space) and German alike.
     */
    public boolean asks() {
        return title.contains("?") || openingText.contains("?");
    }
}
