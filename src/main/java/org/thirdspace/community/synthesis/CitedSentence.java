package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.UUID;

/** A key sentence with the post it comes from (which the synthesis links to and cites) and its centrality. */
public record CitedSentence(String text, UUID postId, UUID threadId, String threadTitle, UUID authorId, int postVersion,
                            Instant writtenAt, double score) {
}
