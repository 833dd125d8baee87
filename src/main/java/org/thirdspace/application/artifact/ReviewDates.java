package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Citations;
import org.thirdspace.community.artifact.Feedbacks;
import org.thirdspace.community.artifact.SourceChanges;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * When artifacts fall due for review ({@link Artifact#reviewDueAt}): from their source threads'
 * latest changes and readers' latest "outdated", read for a whole list in three queries.
 */
@ApplicationScoped
public class ReviewDates {

    private Citations citations;
    private SourceChanges sourceChanges;
    private Feedbacks feedbacks;

    protected ReviewDates() {
    }

    @Inject
    public ReviewDates(Citations citations, SourceChanges sourceChanges, Feedbacks feedbacks) {
        this.citations = citations;
        this.sourceChanges = sourceChanges;
        this.feedbacks = feedbacks;
    }

    public Map<UUID, Instant> dueAt(Collection<Artifact> artifacts) {
        if (artifacts.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = artifacts.stream().map(Artifact::id).toList();
        Map<UUID, Set<UUID>> sources = citations.threadsOf(ids);
        Set<UUID> threads = new HashSet<>();
        sources.values().forEach(threads::addAll);
        Map<UUID, Instant> changes = sourceChanges.lastChanges(threads);
        Map<UUID, Instant> outdated = feedbacks.lastOutdated(ids);
        Map<UUID, Instant> due = new HashMap<>();
        for (Artifact artifact : artifacts) {
            Instant lastChange = null;
            for (UUID thread : sources.getOrDefault(artifact.id(), Set.of())) {
                Instant changed = changes.get(thread);
                if (changed != null && (lastChange == null || changed.isAfter(lastChange))) {
                    lastChange = changed;
                }
            }
            due.put(artifact.id(), artifact.reviewDueAt(lastChange, outdated.get(artifact.id())));
        }
        return due;
    }
}
