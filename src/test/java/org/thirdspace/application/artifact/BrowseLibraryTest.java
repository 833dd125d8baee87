package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.space.Space;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** The library of a space and of the organisation: filters, and nothing anyone may not read. */
class BrowseLibraryTest extends ArtifactScene {

    final Artifact checklist = checklistBy(fay);
    final Artifact faq = community.markAnswer().markAndMakeFaq(ada, carlReply.id(),
            new MakeArtifact.Request(null, "Do new colleagues get a buddy?", "en", "solve", List.of("buddy"), null), NOW);
    final Space elsewhere = community.add(aSpace().titled("Finance"));
    final Actor gus = community.join(elsewhere, aMember().named("Gus"));

    static BrowseLibrary.Filter filter(String type, String tag, String moment, String verification, String text, boolean due) {
        return new BrowseLibrary.Filter(null, type, tag, moment, verification, text, due);
    }

    @Test
    void membersFilterTheirSpacesLibraryByTypeTagMomentVerificationAndWords() {
        assertThat(community.browseLibrary().browse(bea, new BrowseLibrary.Filter(space.id(), null, null, null, null, null, false), NOW))
                .extracting(ArtifactSummary::title).containsExactlyInAnyOrder("Welcoming a new colleague", "Do new colleagues get a buddy?");
        assertThat(community.browseLibrary().browse(bea, filter("faq", null, null, null, null, false), NOW)).extracting(ArtifactSummary::id)
                .containsExactly(faq.id());
        assertThat(community.browseLibrary().browse(bea, filter(null, "#Onboarding", null, null, null, false), NOW))
                .extracting(ArtifactSummary::id).containsExactly(checklist.id());
        assertThat(community.browseLibrary().browse(bea, filter(null, null, "SOLVE", null, null, false), NOW))
                .extracting(ArtifactSummary::id).containsExactly(faq.id());
        assertThat(community.browseLibrary().browse(bea, filter(null, null, null, "DRAFT", "BADGE FORM", false), NOW))
                .extracting(ArtifactSummary::id).containsExactly(checklist.id());
        assertThat(community.browseLibrary().browse(bea, filter(null, null, null, null, null, true), NOW)).isEmpty();
        assertThat(community.browseLibrary().browse(bea, filter(null, null, null, null, null, true), NOW.plus(Duration.ofDays(91))))
                .hasSize(2);
        assertThatThrownBy(() -> community.browseLibrary().browse(bea, filter("poster", null, null, null, null, false), NOW))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void theFaqWasMadeFromTheMarkedAnswer() {
        assertThat(community.answers.of(thread.id())).extracting(a -> a.postId()).containsExactly(carlReply.id());
        assertThat(faq.bodyMarkdown()).contains("## Question\n\nHow do you welcome", "## Answer\n\nPair them with a buddy");
    }

    @Test
    void othersSeeOnlyWhatIsSharedWithTheOrganisationAndAnotherOrganisationNothing() {
        assertThat(community.browseLibrary().browse(gus, filter(null, null, null, null, null, false), NOW)).isEmpty();
        assertThatThrownBy(() -> community.showArtifact().show(gus, checklist.id(), NOW)).isInstanceOf(NotFound.class);
        community.askForConsent().ask(fay, checklist.id(), NOW);
        for (Actor who : List.of(ada, bea, carl)) {
            community.answerConsent().give(who, checklist.id(), NOW);
        }
        community.widenArtifactAudience().widen(fay, checklist.id(), "ORGANISATION", NOW);
        assertThat(community.browseLibrary().browse(gus, filter(null, null, null, null, null, false), NOW)).extracting(ArtifactSummary::id)
                .containsExactly(checklist.id());
        assertThat(community.browseLibrary().browse(gus, new BrowseLibrary.Filter(space.id(), null, null, null, null, null, false), NOW))
                .extracting(ArtifactSummary::id).containsExactly(checklist.id());
        Actor stranger = community.join(community.add(aSpace().inOrganisation(OTHER_ORG)), aMember().inOrganisation(OTHER_ORG));
        assertThat(community.browseLibrary().browse(stranger, filter(null, null, null, null, null, false), NOW)).isEmpty();
        assertThatThrownBy(() -> community.browseLibrary().browse(stranger, new BrowseLibrary.Filter(space.id(), null, null, null, null,
                null, false), NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.showArtifact().show(stranger, checklist.id(), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void onlyTheThreadsAuthorOrAFacilitatorMarksAnswersAndSeveralAreAllowed() {
        assertThatThrownBy(() -> community.markAnswer().mark(bea, beaReply.id(), true, NOW))
                .isInstanceOf(org.thirdspace.application.AccessDenied.class);
        community.markAnswer().mark(fay, beaReply.id(), true, NOW);
        community.markAnswer().mark(fay, beaReply.id(), true, NOW);
        assertThat(community.markAnswer().answers(bea, thread.id(), NOW)).containsExactlyInAnyOrder(carlReply.id(), beaReply.id());
        assertThatThrownBy(() -> community.markAnswer().mark(ada, community.opening(thread).id(), true, NOW))
                .isInstanceOf(InvalidRequest.class);
        community.markAnswer().mark(ada, beaReply.id(), false, NOW);
        assertThat(community.markAnswer().answers(bea, thread.id(), NOW)).containsExactly(carlReply.id());
    }
}
