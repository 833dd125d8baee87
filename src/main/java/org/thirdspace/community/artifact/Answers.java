package org.thirdspace.community.artifact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Replies marked as answers. */
public interface Answers {

    void add(Answer answer);

    void remove(Answer answer);

    Optional<Answer> of(UUID threadId, UUID postId);

    List<Answer> of(UUID threadId);
}
