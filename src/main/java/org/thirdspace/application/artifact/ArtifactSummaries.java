package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.FeedbackKind;
import org.thirdspace.community.artifact.Feedbacks;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lists of artifacts the caller may read, as {@link ArtifactSummary}s: review dates, feedback counts and space titles in a few queries. */
@ApplicationScoped
public class ArtifactSummaries {

    private Spaces spaces;
    private Feedbacks feedbacks;
    private ReviewDates reviewDates;

    protected ArtifactSummaries() {
    }

    @Inject
    public ArtifactSummaries(Spaces spaces, Feedbacks feedbacks, ReviewDates reviewDates) {
        this.spaces = spaces;
        this.feedbacks = feedbacks;
        this.reviewDates = reviewDates;
    }

    /** The caller has been checked to read every one of {@code list}. */
    public List<ArtifactSummary> of(Actor actor, List<Artifact> list, Instant now) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, Instant> due = reviewDates.dueAt(list);
        Map<UUID, Map<FeedbackKind, Integer>> counts = feedbacks.counts(list.stream().map(Artifact::id).toList());
        Map<UUID, String> titles = spaces.titles(actor.organisationId(), list.stream().map(Artifact::spaceId).distinct().toList());
        return list.stream().map(a -> {
            Instant dueAt = due.get(a.id());
            Map<FeedbackKind, Integer> count = counts.getOrDefault(a.id(), Map.of());
            return new ArtifactSummary(a.id(), a.type().name(), a.title(), a.locale(), a.momentOfNeed().name(), a.verification().name(),
                    a.audience().name(), a.spaceId(), titles.get(a.spaceId()), a.tags(), a.updatedAt(), dueAt,
                    a.verification() != Verification.OBSOLETE && !dueAt.isAfter(now),
                    count.getOrDefault(FeedbackKind.HELPED, 0), count.getOrDefault(FeedbackKind.OUTDATED, 0));
        }).toList();
    }
}
