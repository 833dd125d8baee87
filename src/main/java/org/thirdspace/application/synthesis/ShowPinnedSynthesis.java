package org.thirdspace.application.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.community.synthesis.WeeklySynthesis;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The synthesis at the top of a space: the published one of this week, or of last week (a week is
 * mostly synthesised once it is over, and its synthesis is read during the next). Every member
 * sees it; after that it lives on in the library with the other artifacts.
 */
@ApplicationScoped
public class ShowPinnedSynthesis {

    private SpaceAccess spaces;
    private WeeklySyntheses syntheses;
    private Artifacts artifacts;

    protected ShowPinnedSynthesis() {
    }

    @Inject
    public ShowPinnedSynthesis(SpaceAccess spaces, WeeklySyntheses syntheses, Artifacts artifacts) {
        this.spaces = spaces;
        this.syntheses = syntheses;
        this.artifacts = artifacts;
    }

    public record Pinned(WeeklySynthesis synthesis, Artifact artifact) {
    }

    @Transactional
    public Optional<Pinned> pinned(Actor actor, UUID spaceId, Instant now) {
        spaces.member(actor, spaceId);
        Week thisWeek = Week.containing(now);
        return syntheses.latestPublished(actor.organisationId(), spaceId, thisWeek.previous(), thisWeek)
                .flatMap(s -> artifacts.find(actor.organisationId(), s.artifactId()).map(a -> new Pinned(s, a)));
    }
}
