package org.thirdspace.community.artifact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Readers' "this helped" and "outdated". */
public interface Feedbacks {

    void add(Feedback feedback);

    Optional<Feedback> of(UUID artifactId, UUID personId, FeedbackKind kind);

    /** An artifact's feedback, newest first. */
    List<Feedback> of(UUID artifactId, int limit);

    /** How many of each kind, per artifact. */
    Map<UUID, Map<FeedbackKind, Integer>> counts(Collection<UUID> artifactIds);

    /** The latest "outdated" per artifact (those without any are absent). */
    Map<UUID, Instant> lastOutdated(Collection<UUID> artifactIds);
}
