package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ConsentState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;

/** AskForConsent, AnswerConsent and WidenArtifactAudience: no artifact goes wider than its contributors agreed. */
class ArtifactConsentTest extends ArtifactScene {

    final Artifact artifact = checklistBy(fay);

    @Test
    void aPendingConsentBlocksWideningAndTheRefusalNamesWhoseIsMissing() {
        assertThat(community.askForConsent().ask(fay, artifact.id(), NOW)).containsExactlyInAnyOrder(ada.personId(), bea.personId(),
                carl.personId());
        community.answerConsent().give(ada, artifact.id(), NOW);
        community.answerConsent().give(carl, artifact.id(), NOW);
        assertThatThrownBy(() -> community.widenArtifactAudience().widen(fay, artifact.id(), "ORGANISATION", NOW))
                .isInstanceOf(ConsentMissing.class).hasMessageContaining("Bea Lindqvist")
                .hasMessageNotContaining("Carl").hasMessageNotContaining("Ada")
                .satisfies(e -> assertThat(((ConsentMissing) e).missing()).containsExactly("Bea Lindqvist"));
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        community.answerConsent().give(bea, artifact.id(), NOW);
        community.widenArtifactAudience().widen(fay, artifact.id(), "organisation", NOW);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.ORGANISATION);
    }

    @Test
    void aWithdrawnConsentNarrowsTheArtifactBackAtOnce() {
        community.askForConsent().ask(fay, artifact.id(), NOW);
        for (var who : new org.thirdspace.application.Actor[] {ada, bea, carl}) {
            community.answerConsent().give(who, artifact.id(), NOW);
        }
        community.widenArtifactAudience().widen(fay, artifact.id(), "COURSE_PAGE", NOW);
        community.answerConsent().withdraw(bea, artifact.id(), NOW.plusSeconds(60));
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(community.contributors.of(artifact.id(), bea.personId()).orElseThrow().consent()).isEqualTo(ConsentState.WITHDRAWN);
        // Asked again, she may agree again.
        assertThat(community.askForConsent().ask(fay, artifact.id(), NOW)).containsExactly(bea.personId());
    }

    @Test
    void theQuestionWaitsInTheContributorsConsentRequestsUntilAnswered() {
        assertThat(community.listConsentRequests().list(bea, NOW)).isEmpty();
        community.askForConsent().ask(fay, artifact.id(), NOW);
        assertThat(community.listConsentRequests().list(bea, NOW)).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Welcoming a new colleague"));
        community.answerConsent().give(bea, artifact.id(), NOW);
        assertThat(community.listConsentRequests().list(bea, NOW)).isEmpty();
    }

    @Test
    void onlyTheStewardOrAFacilitatorAsksAndWidensAndOnlyAContributorAnswers() {
        assertThatThrownBy(() -> community.askForConsent().ask(bea, artifact.id(), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.widenArtifactAudience().widen(bea, artifact.id(), "ORGANISATION", NOW))
                .isInstanceOf(AccessDenied.class);
        var dan = community.join(space, aMember().named("Dan"));
        assertThatThrownBy(() -> community.answerConsent().give(dan, artifact.id(), NOW)).isInstanceOf(AccessDenied.class);
        var outsider = community.person(aMember());
        assertThatThrownBy(() -> community.answerConsent().give(outsider, artifact.id(), NOW)).isInstanceOf(NotFound.class);
        assertThat(community.contributors.of(artifact.id())).noneMatch(c -> c.consent() == ConsentState.PENDING);
    }

    @Test
    void wideningNeedsAWiderKnownAudience() {
        assertThatThrownBy(() -> community.widenArtifactAudience().widen(fay, artifact.id(), "SPACE", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("already");
        assertThatThrownBy(() -> community.widenArtifactAudience().widen(fay, artifact.id(), "everyone", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("unknown audience");
    }
}
