package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ArtifactPlacement;
import org.thirdspace.community.artifact.ArtifactPlacements;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Back to the course page": a course designer places an artifact they may read on the page of
 * the course they came from (Deep Linking). It goes up to the last rung of its ladder, the course
 * page, where learners of other courses meet it — so every quoted contributor must have agreed,
 * and the refusal names whose consent is missing (still pending or never given), exactly as
 * {@link WidenArtifactAudience} does. An obsolete artifact is not placed. The placement is kept in
 * the artifact's history. The caller has checked that the actor designs the course.
 */
@ApplicationScoped
public class PlaceArtifact {

    private ArtifactAccess access;
    private Contributors contributors;
    private ArtifactPlacements placements;
    private People people;

    protected PlaceArtifact() {
    }

    @Inject
    public PlaceArtifact(ArtifactAccess access, Contributors contributors, ArtifactPlacements placements, People people) {
        this.access = access;
        this.contributors = contributors;
        this.placements = placements;
        this.people = people;
    }

    @Transactional
    public Artifact place(Actor actor, UUID artifactId, Instant now) {
        if (actor.courseId() == null) {
            throw new InvalidRequest("artifactId", "an artifact is placed on the page of a course");
        }
        Artifact artifact = access.read(actor, artifactId).artifact();
        if (artifact.verification() == Verification.OBSOLETE) {
            throw new Conflict("“" + artifact.title() + "” is obsolete: it is not placed on course pages any more.");
        }
        List<Contributor> missing = missing(artifact);
        if (!missing.isEmpty()) {
            Map<UUID, Person> names = people.byIds(actor.organisationId(), missing.stream().map(Contributor::personId).toList());
            throw new ConsentMissing("a course page", missing.stream()
                    .map(c -> names.containsKey(c.personId()) ? names.get(c.personId()).nameToShow() : "a former member").toList());
        }
        if (ArtifactAudience.COURSE_PAGE.isWiderThan(artifact.audience())) {
            artifact.widen(ArtifactAudience.COURSE_PAGE, now);
        }
        placements.add(new ArtifactPlacement(artifact.id(), actor.courseId(), actor.personId(), now));
        return artifact;
    }

    /** The contributors whose consent the course page still needs. */
    List<Contributor> missing(Artifact artifact) {
        return contributors.of(artifact.id()).stream().filter(c -> !c.allows(ArtifactAudience.COURSE_PAGE)).toList();
    }
}
