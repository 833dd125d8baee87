package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The launch of an artifact placed on a course page (Deep Linking). The link names the artifact
 * by its id, looked up in the launching organisation only, so it works in every copy of the course
 * and in no other organisation. What the reader may not read — consent withdrawn since it was
 * placed, another organisation's id — and an obsolete artifact become a clear page, not an error.
 */
@ApplicationScoped
public class ShowPlacedArtifact {

    private ArtifactAccess access;
    private ShowArtifact show;
    private Spaces spaces;

    protected ShowPlacedArtifact() {
    }

    @Inject
    public ShowPlacedArtifact(ArtifactAccess access, ShowArtifact show, Spaces spaces) {
        this.access = access;
        this.show = show;
        this.spaces = spaces;
    }

    @Transactional
    public PlacedArtifact show(Actor actor, UUID artifactId, Instant now) {
        ArtifactAccess.Found found;
        try {
            found = access.read(actor, artifactId);
        } catch (NotFound e) {
            return PlacedArtifact.unavailable();
        }
        Artifact artifact = found.artifact();
        if (artifact.verification() == Verification.OBSOLETE) {
            return PlacedArtifact.obsolete(artifact.title(), new PlacedArtifact.Community(artifact.spaceId(),
                    spaces.titles(actor.organisationId(), List.of(artifact.spaceId())).get(artifact.spaceId()), found.inSpace()));
        }
        return PlacedArtifact.available(show.show(actor, artifactId, now), found.inSpace());
    }
}
