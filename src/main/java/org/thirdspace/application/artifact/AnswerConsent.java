package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;

import java.time.Instant;
import java.util.UUID;

/**
 * A quoted contributor gives or withdraws their consent. Withdrawing takes the artifact back to
 * where every remaining contributor's words may be (at most where the withdrawing one wrote), at
 * once: nobody outside keeps reading it.
 */
@ApplicationScoped
public class AnswerConsent {

    private ArtifactAccess access;
    private Contributors contributors;

    protected AnswerConsent() {
    }

    @Inject
    public AnswerConsent(ArtifactAccess access, Contributors contributors) {
        this.access = access;
        this.contributors = contributors;
    }

    @Transactional
    public void give(Actor actor, UUID artifactId, Instant now) {
        mine(actor, artifactId).contributor().give(now);
    }

    @Transactional
    public Artifact withdraw(Actor actor, UUID artifactId, Instant now) {
        ArtifactAccess.Found found = mine(actor, artifactId);
        found.contributor().withdraw(now);
        Artifact artifact = found.artifact();
        ArtifactAudience allowed = artifact.audience();
        for (Contributor contributor : contributors.of(artifactId)) {
            if (!contributor.allows(allowed)) {
                allowed = ArtifactAudience.narrowest(allowed, contributor.wroteIn());
            }
        }
        artifact.narrow(allowed, now);
        return artifact;
    }

    private ArtifactAccess.Found mine(Actor actor, UUID artifactId) {
        ArtifactAccess.Found found = access.read(actor, artifactId);
        if (found.contributor() == null) {
            throw new AccessDenied("only someone the artifact quotes answers for their words");
        }
        return found;
    }
}
