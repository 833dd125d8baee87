package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.LibraryQuery;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What falls due for review, for whoever looks after it — the steward's reminder: the artifacts the
 * caller stewards or backs up as verifier, and every artifact of the spaces they facilitate; the
 * earliest due first. Obsolete artifacts are no longer reviewed.
 */
@ApplicationScoped
public class ListDueForReview {

    static final int SCAN = 1000;

    private SpaceAccess access;
    private Spaces spaces;
    private Artifacts artifacts;
    private ArtifactSummaries summaries;

    protected ListDueForReview() {
    }

    @Inject
    public ListDueForReview(SpaceAccess access, Spaces spaces, Artifacts artifacts, ArtifactSummaries summaries) {
        this.access = access;
        this.spaces = spaces;
        this.artifacts = artifacts;
        this.summaries = summaries;
    }

    @Transactional
    public List<ArtifactSummary> list(Actor actor, Instant now) {
        Viewer viewer = access.viewer(actor);
        Set<UUID> facilitated = spaces.memberships(actor.organisationId(), actor.personId()).stream().filter(Membership::facilitates)
                .map(Membership::spaceId).collect(Collectors.toSet());
        List<Artifact> lookedAfter = artifacts.library(new LibraryQuery(actor.organisationId(), null, null, null, null, null, null),
                        viewer.memberSpaces(), SCAN).stream()
                .filter(a -> a.readableBy(viewer, false))
                .filter(a -> a.isVerifier(actor.personId()) || facilitated.contains(a.spaceId()))
                .filter(a -> a.verification() != Verification.OBSOLETE)
                .toList();
        return summaries.of(actor, lookedAfter, now).stream().filter(ArtifactSummary::pastReview)
                .sorted(java.util.Comparator.comparing(ArtifactSummary::reviewDueAt)).toList();
    }
}
