package org.thirdspace.community.synthesis;

import java.util.Objects;
import java.util.UUID;

/**
 * A post's plain text as the summarizer reads it: which post and thread it is, whether it opened
 * its thread (an opening post states the topic, so its sentences weigh more), and its text.
 */
public record Passage(UUID postId, UUID threadId, boolean opening, String text) {

    public Passage {
        Objects.requireNonNull(postId);
        Objects.requireNonNull(threadId);
        text = text == null ? "" : text;
    }
}
