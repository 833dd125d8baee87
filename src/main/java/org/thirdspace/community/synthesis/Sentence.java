package org.thirdspace.community.synthesis;

import java.util.UUID;

/**
 * One sentence of a post: its text, the post and thread it comes from, and where it stood (its
 * index in the post, and whether the post opened its thread) — what the position prior reads.
 */
public record Sentence(String text, UUID postId, UUID threadId, int indexInPost, boolean opening) {
}
