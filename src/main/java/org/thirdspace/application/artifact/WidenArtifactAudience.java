package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steward or a facilitator takes an artifact up the ladder (peer group → space → organisation
 * → course page). Every quoted contributor whose words would go beyond where they wrote them must
 * have consented; otherwise nothing changes and the refusal names whose consent is missing.
 */
@ApplicationScoped
public class WidenArtifactAudience {

    private ArtifactAccess access;
    private Contributors contributors;
    private People people;
    private WriteGate gate;

    protected WidenArtifactAudience() {
    }

    @Inject
    public WidenArtifactAudience(ArtifactAccess access, Contributors contributors, People people, WriteGate gate) {
        this.access = access;
        this.contributors = contributors;
        this.people = people;
        this.gate = gate;
    }

    @Transactional
    public Artifact widen(Actor actor, UUID artifactId, String audience, Instant now) {
        ArtifactAccess.Found found = access.edit(actor, artifactId);
        Artifact artifact = found.artifact();
        ArtifactAudience wider = ArtifactAudience.of(audience).orElseThrow(() -> new InvalidRequest("audience",
                "unknown audience; one of " + MakeArtifact.names(ArtifactAudience.values())));
        if (!wider.isWiderThan(artifact.audience())) {
            throw new InvalidRequest("audience", "the artifact is already visible to " + artifact.audience());
        }
        List<Contributor> missing = missing(artifact, wider);
        if (!missing.isEmpty()) {
            Map<UUID, Person> names = people.byIds(actor.organisationId(), missing.stream().map(Contributor::personId).toList());
            throw new ConsentMissing(wider.name(), missing.stream()
                    .map(c -> names.containsKey(c.personId()) ? names.get(c.personId()).nameToShow() : "a former member").toList());
        }
        gate.mayWrite(actor, artifact.spaceId(), now);
        artifact.widen(wider, now);
        return artifact;
    }

    /** The contributors whose consent {@code audience} still needs. */
    List<Contributor> missing(Artifact artifact, ArtifactAudience audience) {
        return contributors.of(artifact.id()).stream().filter(c -> !c.allows(audience)).toList();
    }
}
