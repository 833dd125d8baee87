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
 * The "This week" page of a synthesizer: the week's synthesis as it stands (none yet, a draft, or
 * published) with its artifact's words. Only the space's synthesizers and facilitators see a draft.
 */
@ApplicationScoped
public class ShowWeeklySynthesis {

    private SynthesisAccess access;
    private WeeklySyntheses syntheses;
    private Artifacts artifacts;

    protected ShowWeeklySynthesis() {
    }

    @Inject
    public ShowWeeklySynthesis(SynthesisAccess access, WeeklySyntheses syntheses, Artifacts artifacts) {
        this.access = access;
        this.syntheses = syntheses;
        this.artifacts = artifacts;
    }

    /** The week, and its synthesis with its artifact when there is one. */
    public record WeekView(Week week, WeeklySynthesis synthesis, Artifact artifact) {
    }

    @Transactional
    public WeekView show(Actor actor, UUID spaceId, String day, Instant now) {
        SpaceAccess.InSpace in = access.synthesizer(actor, spaceId);
        Week week = SynthesisAccess.week(day, now);
        Optional<WeeklySynthesis> synthesis = syntheses.find(actor.organisationId(), in.space().id(), week);
        Artifact artifact = synthesis.flatMap(s -> artifacts.find(actor.organisationId(), s.artifactId())).orElse(null);
        return new WeekView(week, synthesis.orElse(null), artifact);
    }
}
