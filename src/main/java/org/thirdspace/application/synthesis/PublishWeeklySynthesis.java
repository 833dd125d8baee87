package org.thirdspace.application.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.community.synthesis.WeeklySynthesis;

import java.time.Instant;
import java.util.UUID;

/**
 * The synthesizer's edited words become the week's published synthesis: a new version of the draft
 * artifact (title and body required), reviewed by the one who publishes it, shown at the top of the
 * space. Only a drafted, unpublished week is published; nothing is written when a check fails.
 */
@ApplicationScoped
public class PublishWeeklySynthesis {

    /** A synthesis is longer than a post, shorter than an artifact may be. */
    static final int MAX_BODY = 20_000;

    private SynthesisAccess access;
    private WeeklySyntheses syntheses;
    private Artifacts artifacts;
    private ArtifactVersions versions;
    private PostBodies bodies;
    private WriteGate gate;

    protected PublishWeeklySynthesis() {
    }

    @Inject
    public PublishWeeklySynthesis(SynthesisAccess access, WeeklySyntheses syntheses, Artifacts artifacts, ArtifactVersions versions,
                                  PostBodies bodies, WriteGate gate) {
        this.access = access;
        this.syntheses = syntheses;
        this.artifacts = artifacts;
        this.versions = versions;
        this.bodies = bodies;
        this.gate = gate;
    }

    public record Request(String week, String title, String body) {
    }

    @Transactional
    public Artifact publish(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.synthesizer(actor, spaceId);
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        Week week = SynthesisAccess.week(request.week(), now);
        String title = Field.required("title", request.title(), Artifact.MAX_TITLE);
        String markdown = Field.required("body", request.body(), MAX_BODY);
        WeeklySynthesis synthesis = syntheses.find(actor.organisationId(), spaceId, week)
                .orElseThrow(() -> new NotFound("this week has no draft yet; draft it first"));
        if (synthesis.isPublished()) {
            throw new Conflict("this week's synthesis is published already");
        }
        if (in.space().isArchived()) {
            throw new Conflict("the space is archived");
        }
        gate.mayWrite(actor, spaceId, now);
        Artifact artifact = artifacts.find(actor.organisationId(), synthesis.artifactId()).orElseThrow();
        Post.Body body = bodies.render(actor.organisationId(), spaceId, markdown).body();
        versions.add(artifact.edit(title, body, artifact.tags(), artifact.momentOfNeed(), actor.personId(), "published", now));
        if (artifact.verification() == Verification.DRAFT) {
            artifact.verify(Verification.PEER_REVIEWED, now);
        }
        syntheses.published(spaceId, week, now);
        return artifact;
    }
}
