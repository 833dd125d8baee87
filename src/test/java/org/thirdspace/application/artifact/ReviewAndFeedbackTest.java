package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;

/** GiveFeedback, ListDueForReview and the review date ShowArtifact reports. */
class ReviewAndFeedbackTest extends ArtifactScene {

    final Artifact artifact = checklistBy(ada);

    @Test
    void dueAfterTheIntervalAndShownToReadersAsPastItsReviewDate() {
        assertThat(community.showArtifact().show(bea, artifact.id(), NOW.plus(Duration.ofDays(89))).pastReview()).isFalse();
        assertThat(community.listDueForReview().list(ada, NOW.plus(Duration.ofDays(89)))).isEmpty();
        assertThat(community.showArtifact().show(bea, artifact.id(), NOW.plus(Duration.ofDays(90))).pastReview()).isTrue();
        assertThat(community.listDueForReview().list(ada, NOW.plus(Duration.ofDays(91)))).extracting(ArtifactSummary::id)
                .containsExactly(artifact.id());
        // The space's facilitator sees it too; a member who looks after nothing does not.
        assertThat(community.listDueForReview().list(fay, NOW.plus(Duration.ofDays(91)))).hasSize(1);
        assertThat(community.listDueForReview().list(bea, NOW.plus(Duration.ofDays(91)))).isEmpty();
    }

    @Test
    void dueAsSoonAsASourceThreadChangesANewReplyOrModeration() {
        thread.replied(NOW.plus(Duration.ofDays(2)));
        assertThat(community.listDueForReview().list(ada, NOW.plus(Duration.ofDays(3)))).hasSize(1);
        community.changeVerification().change(fay, artifact.id(), "PEER_REVIEWED", NOW.plus(Duration.ofDays(4)));
        assertThat(community.listDueForReview().list(ada, NOW.plus(Duration.ofDays(5)))).isEmpty();
        community.sourceChanges.moderated(thread.id(), NOW.plus(Duration.ofDays(6)));
        assertThat(community.showArtifact().show(ada, artifact.id(), NOW.plus(Duration.ofDays(7))).reviewDueAt())
                .isEqualTo(NOW.plus(Duration.ofDays(6)));
    }

    @Test
    void outdatedNeedsAReasonTheStewardSeesItAndItMakesTheArtifactDue() {
        assertThatThrownBy(() -> community.giveFeedback().give(bea, artifact.id(), "OUTDATED", " ", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> community.giveFeedback().give(bea, artifact.id(), "LIKE", null, NOW))
                .isInstanceOf(InvalidRequest.class);
        community.giveFeedback().give(bea, artifact.id(), "HELPED", null, NOW);
        community.giveFeedback().give(carl, artifact.id(), "OUTDATED", "The badge form moved to the portal", NOW.plusSeconds(60));
        community.giveFeedback().give(carl, artifact.id(), "OUTDATED", "The badge form is now on the portal", NOW.plusSeconds(90));
        ArtifactView forSteward = community.showArtifact().show(ada, artifact.id(), NOW.plusSeconds(120));
        assertThat(forSteward.helped()).isEqualTo(1);
        assertThat(forSteward.outdated()).isEqualTo(1);
        assertThat(forSteward.feedback()).extracting(ArtifactView.FeedbackView::reason).contains("The badge form is now on the portal");
        assertThat(forSteward.pastReview()).isTrue();
        ArtifactView forReader = community.showArtifact().show(bea, artifact.id(), NOW.plusSeconds(120));
        assertThat(forReader.feedback()).isNull();
        assertThat(forReader.contributors()).isNull();
        assertThat(forReader.myFeedback()).containsExactly("HELPED");
        var outsider = community.person(aMember());
        assertThatThrownBy(() -> community.giveFeedback().give(outsider, artifact.id(), "HELPED", null, NOW)).isInstanceOf(NotFound.class);
    }
}
