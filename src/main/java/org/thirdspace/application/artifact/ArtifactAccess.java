package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.SpacePolicy;

import java.util.UUID;

/**
 * Finds an artifact for the caller: only in their organisation, and only when they may read it
 * ({@link Artifact#readableBy}). One they may not read is "not found", not "forbidden": its
 * existence, title and space are nobody else's business.
 */
@ApplicationScoped
public class ArtifactAccess {

    private Artifacts artifacts;
    private Contributors contributors;
    private SpaceAccess spaces;

    protected ArtifactAccess() {
    }

    @Inject
    public ArtifactAccess(Artifacts artifacts, Contributors contributors, SpaceAccess spaces) {
        this.artifacts = artifacts;
        this.contributors = contributors;
        this.spaces = spaces;
    }

    /** The artifact, who looks at it, their membership of its space (null if none), and their own contributor entry (null if none). */
    public record Found(Artifact artifact, Viewer viewer, Membership membership, Contributor contributor) {

        /** Its steward and the facilitators of its space change its words, steward and verification. */
        public boolean edits() {
            return artifact.isStewardedBy(viewer.personId()) || SpacePolicy.mayFacilitate(membership);
        }

        public boolean inSpace() {
            return membership != null && membership.isMember();
        }
    }

    public Found read(Actor actor, UUID artifactId) {
        Artifact artifact = artifacts.find(actor.organisationId(), artifactId).orElseThrow(ArtifactAccess::notFound);
        Viewer viewer = spaces.viewer(actor);
        Contributor contributor = contributors.of(artifactId, actor.personId()).orElse(null);
        if (!artifact.readableBy(viewer, contributor != null)) {
            throw notFound();
        }
        Membership membership = spaces.membership(artifact.spaceId(), actor.personId()).filter(Membership::isMember).orElse(null);
        return new Found(artifact, viewer, membership, contributor);
    }

    /** As {@link #read}, and the caller must be its steward or a facilitator of its space. */
    public Found edit(Actor actor, UUID artifactId) {
        Found found = read(actor, artifactId);
        if (!found.edits()) {
            throw new AccessDenied("only the artifact's steward and the space's facilitators change it");
        }
        return found;
    }

    static NotFound notFound() {
        return new NotFound("no such artifact");
    }
}
