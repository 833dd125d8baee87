package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ConsentState;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class MakeArtifactTest extends ArtifactScene {

    @Test
    void aThreadBecomesAChecklistDraftWithTheTemplatePreFilledCitationsAndContributors() {
        Artifact artifact = checklistBy(fay);
        assertThat(artifact.verification()).isEqualTo(Verification.DRAFT);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(artifact.stewardId()).isEqualTo(fay.personId());
        assertThat(artifact.tags()).containsExactly("onboarding");
        assertThat(artifact.bodyMarkdown()).contains("## Before you start\n\nHow do you welcome new colleagues? [1]",
                "- [ ] Send the badge form before day one\\. [", "- [ ] Pair them with a buddy for the first month\\. [",
                "## Done when").doesNotContain("## From the conversation");
        assertThat(artifact.bodyHtml()).contains("<h2>Checklist</h2>").doesNotContain("<script");
        assertThat(community.citations.of(artifact.id())).extracting(c -> c.postId())
                .containsExactlyInAnyOrder(community.opening(thread).id(), beaReply.id(), carlReply.id());
        assertThat(community.contributors.of(artifact.id())).extracting(Contributor::personId, Contributor::consent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(fay.personId(), ConsentState.GIVEN),
                        org.assertj.core.groups.Tuple.tuple(ada.personId(), ConsentState.NOT_ASKED),
                        org.assertj.core.groups.Tuple.tuple(bea.personId(), ConsentState.NOT_ASKED),
                        org.assertj.core.groups.Tuple.tuple(carl.personId(), ConsentState.NOT_ASKED));
        assertThat(community.artifactVersions.of(artifact.id())).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("made from the conversation “First week”"));
    }

    @Test
    void fromOneReplyOnlyThatReplyAndTheQuestionAreQuoted() {
        Artifact artifact = community.makeArtifact().make(ada, thread.id(), carlReply.id(),
                new MakeArtifact.Request("JOB_AID", "Buddies", "de", null, null, null), NOW);
        assertThat(artifact.bodyMarkdown()).contains("## Wann es hilft", "## Schritte\n\n- Pair them with a buddy")
                .doesNotContain("badge");
        assertThat(community.contributors.of(artifact.id())).extracting(Contributor::personId)
                .containsExactlyInAnyOrder(ada.personId(), carl.personId());
    }

    @Test
    void hiddenAndDeletedRepliesAreNeitherQuotedNorCited() {
        beaReply.hide(NOW.minusSeconds(60));
        carlReply.delete(NOW.minusSeconds(60));
        Artifact artifact = checklistBy(fay);
        assertThat(artifact.bodyMarkdown()).doesNotContain("badge", "buddy");
        assertThat(community.citations.of(artifact.id())).hasSize(1);
        assertThatThrownBy(() -> community.makeArtifact().make(fay, thread.id(), beaReply.id(), checklist("x"), NOW))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null,
                new MakeArtifact.Request("poster", "x", null, null, null, null), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("unknown type").hasMessageContaining("CHECKLIST");
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null, checklist("  "), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("title is required");
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null, checklist("x".repeat(201)), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null,
                new MakeArtifact.Request("faq", "x", null, "someday", null, null), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("moment of need");
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null,
                new MakeArtifact.Request("faq", "x", null, null, null, ada.personId()), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("someone other than the steward");
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.makeArtifact().make(ada, thread.id(), null,
                new MakeArtifact.Request("faq", "x", null, null, null, outsider.personId()), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("members of the space");
        assertThat(community.artifacts.all()).isEmpty();
        assertThat(community.citations.all()).isEmpty();
        assertThat(community.contributors.all()).isEmpty();
    }

    @Test
    void onlyThoseWhoCanReadTheThreadAsMembersOfItsSpaceMakeOne() {
        Actor outsider = community.person(aMember());
        Actor leaver = community.join(space, aMember().whoLeft());
        Actor stranger = community.join(community.add(aSpace().inOrganisation(OTHER_ORG)), aMember().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> checklistBy(outsider)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> checklistBy(leaver)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> checklistBy(stranger)).isInstanceOf(NotFound.class);
        Actor notAccepted = community.join(space, aMember().withoutAcceptedConduct());
        assertThatThrownBy(() -> checklistBy(notAccepted)).isInstanceOf(org.thirdspace.application.ConductNotAccepted.class);
        community.suspend(space, bea, fay, NOW.plusSeconds(3600));
        assertThatThrownBy(() -> checklistBy(bea)).isInstanceOf(AccessDenied.class).hasMessageContaining("paused");
        assertThat(community.artifacts.all()).isEmpty();
    }

    @Test
    void aPeerGroupConversationMakesAPeerGroupArtifactAndItsWordsWroteInTheGroup() {
        PeerGroup group = new PeerGroup(space.id(), "Group 1", NOW.minusSeconds(7200));
        community.peerGroups.add(group);
        community.peerGroups.addMember(group.id(), ada.personId(), NOW.minusSeconds(7200));
        community.peerGroups.addMember(group.id(), bea.personId(), NOW.minusSeconds(7200));
        DiscussionThread grouped = new DiscussionThread(space.id(), TestData.ORG, ada.personId(), "Our worries", Audience.PEER_GROUP,
                group.id(), false, NOW.minusSeconds(3600), NOW.minusSeconds(3600));
        community.threads.add(grouped);
        community.posts.add(new Post(grouped, ada.personId(), null, null, true, TestData.body("What worries you?"), NOW.minusSeconds(3600)));
        community.reply(grouped, bea, "Saying no to my old team.");
        assertThatThrownBy(() -> community.makeArtifact().make(carl, grouped.id(), null, checklist("x"), NOW))
                .isInstanceOf(AccessDenied.class);
        Artifact artifact = community.makeArtifact().make(ada, grouped.id(), null, checklist("Worries"), NOW);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.PEER_GROUP);
        assertThat(artifact.peerGroupId()).isEqualTo(group.id());
        assertThat(community.contributors.of(artifact.id())).allSatisfy(c -> assertThat(c.wroteIn()).isEqualTo(ArtifactAudience.PEER_GROUP));
    }

    @Test
    void anOrganisationWideThreadsUnsharedReplyWroteOnlyInTheSpace() {
        DiscussionThread wide = community.thread(space, ada, TestData.aThread().sharedWithTheOrganisation());
        Post unshared = community.reply(wide, bea, "Only for us.");
        Artifact artifact = community.makeArtifact().make(ada, wide.id(), null, checklist("Wide"), NOW);
        assertThat(artifact.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(community.contributors.of(artifact.id(), bea.personId()).orElseThrow().wroteIn()).isEqualTo(ArtifactAudience.SPACE);
        assertThat(unshared.isSharedWider()).isFalse();
    }
}
