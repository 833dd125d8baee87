package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.UUID;

/** A post written in the week, readable by every member of its space, with what a citation keeps of it. */
public record WeekPost(UUID postId, UUID threadId, String threadTitle, UUID authorId, boolean opening, int version, Instant writtenAt,
                       String text) {

    public Passage passage() {
        return new Passage(postId, threadId, opening, text);
    }
}
