package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactVersion;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves an artifact along draft → peer reviewed → expert verified → obsolete. Who may:
 * <ul>
 *   <li>peer reviewed — a member of its space other than whoever wrote its current version (a
 *       peer looks at someone else's words), or its steward, backup verifier or a facilitator;</li>
 *   <li>expert verified — its named backup verifier or a facilitator of its space, or its steward
 *       when they did not write the current version themselves;</li>
 *   <li>draft and obsolete — its steward or a facilitator.</li>
 * </ul>
 * Reviewing and verifying restart the review interval.
 */
@ApplicationScoped
public class ChangeVerification {

    private ArtifactAccess access;
    private ArtifactVersions versions;
    private WriteGate gate;

    protected ChangeVerification() {
    }

    @Inject
    public ChangeVerification(ArtifactAccess access, ArtifactVersions versions, WriteGate gate) {
        this.access = access;
        this.versions = versions;
        this.gate = gate;
    }

    @Transactional
    public Artifact change(Actor actor, UUID artifactId, String state, Instant now) {
        ArtifactAccess.Found found = access.read(actor, artifactId);
        Verification next = Verification.of(state).orElseThrow(() -> new InvalidRequest("verification",
                "unknown verification; one of " + MakeArtifact.names(Verification.values())));
        Artifact artifact = found.artifact();
        if (!allowed(found, lastEditor(artifact)).contains(next)) {
            throw new AccessDenied("you may not mark this artifact " + next.name().toLowerCase().replace('_', ' '));
        }
        if (!artifact.verification().mayBecome(next)) {
            throw new Conflict("an artifact that is " + artifact.verification() + " does not become " + next);
        }
        gate.mayWrite(actor, artifact.spaceId(), now);
        artifact.verify(next, now);
        return artifact;
    }

    /** The states the caller may set, whatever the current one (see the class's rules). */
    public static Set<Verification> allowed(ArtifactAccess.Found found, UUID lastEditor) {
        Set<Verification> allowed = EnumSet.noneOf(Verification.class);
        if (!found.inSpace()) {
            return allowed;
        }
        Artifact artifact = found.artifact();
        UUID me = found.viewer().personId();
        boolean facilitator = SpacePolicy.mayFacilitate(found.membership());
        boolean steward = artifact.isStewardedBy(me);
        boolean backup = me.equals(artifact.backupVerifierId().orElse(null));
        if (!me.equals(lastEditor) || steward || backup || facilitator) {
            allowed.add(Verification.PEER_REVIEWED);
        }
        if (backup || facilitator || (steward && !me.equals(lastEditor))) {
            allowed.add(Verification.EXPERT_VERIFIED);
        }
        if (steward || facilitator) {
            allowed.add(Verification.DRAFT);
            allowed.add(Verification.OBSOLETE);
        }
        return allowed;
    }

    UUID lastEditor(Artifact artifact) {
        List<ArtifactVersion> all = versions.of(artifact.id());
        return all.isEmpty() ? artifact.createdBy() : all.get(all.size() - 1).changedBy();
    }
}
