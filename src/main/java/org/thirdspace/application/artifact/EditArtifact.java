package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactVersion;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.person.People;
import org.thirdspace.community.discussion.Post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The steward or a facilitator edits an artifact: new words make a new version, which records who
 * and why (the reason is required). The same request may hand the stewardship to another member,
 * name a backup verifier, and change the review interval.
 */
@ApplicationScoped
public class EditArtifact {

    private ArtifactAccess access;
    private PostBodies bodies;
    private ArtifactVersions versions;
    private WriteGate gate;
    private SpaceAccess spaces;
    private People people;

    protected EditArtifact() {
    }

    @Inject
    public EditArtifact(ArtifactAccess access, PostBodies bodies, ArtifactVersions versions, WriteGate gate, SpaceAccess spaces,
                        People people) {
        this.access = access;
        this.bodies = bodies;
        this.versions = versions;
        this.gate = gate;
        this.spaces = spaces;
        this.people = people;
    }

    /**
     * Title, body and reason are required; tags and moment of need replace the old ones (moment:
     * unchanged when absent); steward, backup verifier and review interval change only when given
     * ({@code clearBackupVerifier} removes the backup verifier).
     */
    public record Request(String title, String body, List<String> tags, String momentOfNeed, String reason, UUID stewardId,
                          UUID backupVerifierId, Boolean clearBackupVerifier, Integer reviewIntervalDays) {
    }

    @Transactional
    public Artifact edit(Actor actor, UUID artifactId, Request request, Instant now) {
        ArtifactAccess.Found found = access.edit(actor, artifactId);
        Artifact artifact = found.artifact();
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        String title = Field.required("title", request.title(), Artifact.MAX_TITLE);
        String reason = Field.required("reason", request.reason(), Artifact.MAX_REASON);
        List<String> tags = request.tags() == null ? artifact.tags() : MakeArtifact.tags(request.tags());
        var moment = request.momentOfNeed() == null ? artifact.momentOfNeed() : MakeArtifact.moment(request.momentOfNeed());
        Integer interval = request.reviewIntervalDays();
        if (interval != null && (interval < 1 || interval > Artifact.MAX_REVIEW_DAYS)) {
            throw new InvalidRequest("reviewIntervalDays", "a review interval is 1 to " + Artifact.MAX_REVIEW_DAYS + " days");
        }
        UUID steward = request.stewardId() == null ? artifact.stewardId() : request.stewardId();
        UUID backup = Boolean.TRUE.equals(request.clearBackupVerifier()) ? null
                : request.backupVerifierId() == null ? artifact.backupVerifierId().orElse(null) : request.backupVerifierId();
        if (!steward.equals(artifact.stewardId())) {
            MakeArtifact.verifierInSpace(spaces, people, actor, artifact.spaceId(), steward, "stewardId");
        }
        if (backup != null && !backup.equals(artifact.backupVerifierId().orElse(null))) {
            MakeArtifact.verifierInSpace(spaces, people, actor, artifact.spaceId(), backup, "backupVerifierId");
        }
        if (backup != null && backup.equals(steward)) {
            throw new InvalidRequest("backupVerifierId", "the backup verifier is someone other than the steward");
        }
        gate.mayWrite(actor, artifact.spaceId(), now);
        Post.Body body = bodies.render(actor.organisationId(), artifact.spaceId(), request.body()).body();

        ArtifactVersion version = artifact.edit(title, body, tags, moment, actor.personId(), reason, now);
        versions.add(version);
        artifact.stewardship(steward, backup, now);
        if (interval != null) {
            artifact.reviewEvery(interval, now);
        }
        return artifact;
    }
}
