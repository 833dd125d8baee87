package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Feedback;
import org.thirdspace.community.artifact.FeedbackKind;
import org.thirdspace.community.artifact.Feedbacks;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A reader says "this helped" (a reason is welcome) or "outdated" (a reason is required: the
 * steward needs to know what changed). Saying it again replaces the reader's earlier reason; an
 * "outdated" makes the artifact due for review.
 */
@ApplicationScoped
public class GiveFeedback {

    private ArtifactAccess access;
    private Feedbacks feedbacks;

    protected GiveFeedback() {
    }

    @Inject
    public GiveFeedback(ArtifactAccess access, Feedbacks feedbacks) {
        this.access = access;
        this.feedbacks = feedbacks;
    }

    @Transactional
    public void give(Actor actor, UUID artifactId, String kind, String reason, Instant now) {
        Artifact artifact = access.read(actor, artifactId).artifact();
        FeedbackKind given = Optional.ofNullable(kind).flatMap(k -> java.util.Arrays.stream(FeedbackKind.values())
                        .filter(v -> v.name().equalsIgnoreCase(k.strip())).findFirst())
                .orElseThrow(() -> new InvalidRequest("kind", "kind is HELPED or OUTDATED"));
        String why = given == FeedbackKind.OUTDATED ? Field.required("reason", reason, Artifact.MAX_REASON)
                : Field.optional("reason", reason, Artifact.MAX_REASON);
        Optional<Feedback> earlier = feedbacks.of(artifact.id(), actor.personId(), given);
        if (earlier.isPresent()) {
            earlier.get().again(why, now);
        } else {
            feedbacks.add(new Feedback(artifact.id(), actor.personId(), given, why, now));
        }
    }
}
