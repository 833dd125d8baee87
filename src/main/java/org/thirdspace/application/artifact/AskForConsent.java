package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The steward or a facilitator asks the quoted contributors who have not agreed yet (or withdrew)
 * whether the artifact may take their words further. The question waits in each contributor's
 * consent requests until they answer.
 */
@ApplicationScoped
public class AskForConsent {

    private ArtifactAccess access;
    private Contributors contributors;
    private WriteGate gate;

    protected AskForConsent() {
    }

    @Inject
    public AskForConsent(ArtifactAccess access, Contributors contributors, WriteGate gate) {
        this.access = access;
        this.contributors = contributors;
        this.gate = gate;
    }

    /** Returns the people asked now (those asked before and still pending are not asked twice). */
    @Transactional
    public List<UUID> ask(Actor actor, UUID artifactId, Instant now) {
        ArtifactAccess.Found found = access.edit(actor, artifactId);
        gate.mayWrite(actor, found.artifact().spaceId(), now);
        return contributors.of(artifactId).stream().filter(c -> c.ask(now)).map(Contributor::personId).toList();
    }
}
