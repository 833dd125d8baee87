package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.Verification;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;

/**
 * PlaceArtifact, ListPlaceableArtifacts and ShowPlacedArtifact: an artifact goes onto a course
 * page only with every quoted contributor's consent, its placement is history, and whoever opens
 * the link sees it, or a clear state once it is obsolete or no longer shared.
 */
class PlaceArtifactTest extends ArtifactScene {

    final Artifact artifact = checklistBy(fay);
    final UUID otherCourse = UUID.randomUUID();
    final Actor designer = new Actor(fay.organisationId(), fay.personId(), otherCourse, null, fay.launchRoles());

    @Test
    void aPendingConsentBlocksThePlacementNamesWhoseAndChangesNothing() {
        community.askForConsent().ask(fay, artifact.id(), NOW);
        community.answerConsent().give(ada, artifact.id(), NOW);
        community.answerConsent().give(carl, artifact.id(), NOW);
        assertThatThrownBy(() -> community.placeArtifact().place(designer, artifact.id(), NOW))
                .isInstanceOf(ConsentMissing.class).hasMessageContaining("Bea Lindqvist").hasMessageContaining("course page")
                .hasMessageNotContaining("Carl");
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(community.artifactPlacements.all()).isEmpty();
        assertThat(community.listPlaceableArtifacts().list(designer, null, null, NOW)).singleElement()
                .satisfies(p -> assertThat(p.consentMissing()).containsExactly("Bea Lindqvist"))
                .satisfies(p -> assertThat(p.placeable()).isFalse());
    }

    @Test
    void placingMovesItToTheCoursePageAndIsKeptInItsHistory() {
        everyoneConsents(artifact);
        assertThat(community.listPlaceableArtifacts().list(designer, "badge", "CHECKLIST", NOW)).singleElement()
                .satisfies(p -> assertThat(p.placeable()).isTrue());
        community.placeArtifact().place(designer, artifact.id(), NOW);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.COURSE_PAGE);
        assertThat(community.artifactPlacements.all()).singleElement()
                .satisfies(p -> assertThat(p.courseId()).isEqualTo(otherCourse))
                .satisfies(p -> assertThat(p.placedBy()).isEqualTo(fay.personId()));
        assertThat(community.showArtifact().show(fay, artifact.id(), NOW).placements()).singleElement()
                .satisfies(p -> assertThat(p.by()).isEqualTo("Fay Dubois"));
        // Placed again on another course's page: still the course page, one more placement.
        community.placeArtifact().place(new Actor(fay.organisationId(), fay.personId(), UUID.randomUUID(), null, fay.launchRoles()),
                artifact.id(), NOW);
        assertThat(community.artifactPlacements.all()).hasSize(2);
    }

    @Test
    void aLearnerOfAnyCourseReadsItAndLosesItWhenAConsentIsWithdrawn() {
        everyoneConsents(artifact);
        community.placeArtifact().place(designer, artifact.id(), NOW);
        Actor learner = community.person(aMember().named("Lea Learner"));
        PlacedArtifact placed = community.showPlacedArtifact().show(learner, artifact.id(), null, false, NOW);
        assertThat(placed.state()).isEqualTo("AVAILABLE");
        assertThat(placed.artifact().html()).contains("<input type=\"checkbox\" disabled=\"disabled\" />").doesNotContain("[ ]");
        assertThat(placed.community().member()).as("no member of the space it came from").isFalse();
        assertThat(community.showPlacedArtifact().show(ada, artifact.id(), null, false, NOW).community().member()).isTrue();

        community.answerConsent().withdraw(bea, artifact.id(), NOW);
        assertThat(community.showPlacedArtifact().show(learner, artifact.id(), null, false, NOW))
                .satisfies(p -> assertThat(p.state()).isEqualTo("UNAVAILABLE"))
                .satisfies(p -> assertThat(p.title()).isNull());
        assertThat(community.showPlacedArtifact().show(learner, UUID.randomUUID(), null, false, NOW).state()).isEqualTo("UNAVAILABLE");
    }

    @Test
    void anObsoleteArtifactIsNeitherPlacedNorShownAsIfCurrent() {
        everyoneConsents(artifact);
        community.placeArtifact().place(designer, artifact.id(), NOW);
        artifact.verify(Verification.OBSOLETE, NOW);
        Actor learner = community.person(aMember().named("Lea Learner"));
        assertThat(community.showPlacedArtifact().show(learner, artifact.id(), null, false, NOW))
                .satisfies(p -> assertThat(p.state()).isEqualTo("OBSOLETE"))
                .satisfies(p -> assertThat(p.artifact()).isNull());
        assertThatThrownBy(() -> community.placeArtifact().place(designer, artifact.id(), NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("obsolete");
        assertThat(community.listPlaceableArtifacts().list(designer, null, null, NOW)).isEmpty();
    }

    @Test
    void anArtifactTheDesignerMayNotReadOrOutsideACourseIsRefused() {
        Actor stranger = community.person(aMember().named("Sam Stranger"));
        Actor strangerInCourse = new Actor(stranger.organisationId(), stranger.personId(), otherCourse, null, stranger.launchRoles());
        assertThatThrownBy(() -> community.placeArtifact().place(strangerInCourse, artifact.id(), NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.placeArtifact().place(fay, artifact.id(), NOW)).isInstanceOf(InvalidRequest.class);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(community.artifactPlacements.all()).isEmpty();
    }
}
