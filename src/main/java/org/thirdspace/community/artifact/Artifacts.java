package org.thirdspace.community.artifact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Artifacts as they read now; every look-up is scoped by organisation. */
public interface Artifacts {

    Optional<Artifact> find(UUID organisationId, UUID artifactId);

    Map<UUID, Artifact> byIds(UUID organisationId, Collection<UUID> artifactIds);

    void add(Artifact artifact);

    /**
     * The organisation's artifacts of a type published after {@code since} and up to {@code until},
     * first published first (the weekly syntheses a digest tells: news from when they were
     * published, not from when their draft was made).
     */
    List<Artifact> publishedBetween(UUID organisationId, ArtifactType type, Instant since, Instant until, int limit);


    /**
     * The artifacts a library lists before the exact reading rule ({@link Artifact#readableBy}) and
     * the review filter are applied: those of the query's organisation (and space, when it names
     * one) that match its filters and are either shared with the organisation or in one of
     * {@code readableSpaces}; most recently changed first.
     */
    List<Artifact> library(LibraryQuery query, Collection<UUID> readableSpaces, int limit);
}
