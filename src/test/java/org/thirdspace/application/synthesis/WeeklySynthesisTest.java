package org.thirdspace.application.synthesis;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.community.synthesis.QuietThread;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeekPost;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.fixture.Community;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** Drafting, publishing and pinning a week's synthesis, and who may; the weekly run's lease. */
class WeeklySynthesisTest {

    private final Community community = new Community();
    private final Space space = community.add(aSpace().titled("Night shift"));
    private final Actor sy = community.join(space, aMember().named("Sy Rahman").withRole(SpaceRole.SYNTHESIZER));
    private final Actor fay = community.join(space, aMember().named("Fay Dubois").facilitator());
    private final Actor ana = community.join(space, aMember().named("Ana Silva"));
    private final Week week = Week.containing(NOW).previous();
    private final String day = week.monday().toString();
    private final UUID handover = UUID.randomUUID();
    private final List<WeekPost> posts = new ArrayList<>();

    WeeklySynthesisTest() {
        post(handover, "Handover notes", true, ana, "Written handover notes prevent repeated mistakes between the night and day shifts.");
        post(handover, "Handover notes", false, fay, "Handover notes between the night and day shifts saved me twice.");
        post(handover, "Handover notes", false, sy, "One template for handover notes would help the night shift.");
        community.weeklyActivity.posts.put(space.id(), posts);
        community.weeklyActivity.quiet.put(space.id(), List.of(
                new QuietThread(UUID.randomUUID(), UUID.randomUUID(), "Who signs overtime forms?", ana.personId(), week.start(), "Who signs?"),
                new QuietThread(UUID.randomUUID(), UUID.randomUUID(), "A note", ana.personId(), week.start(), "Just saying hello."),
                new QuietThread(UUID.randomUUID(), UUID.randomUUID(), "Too recent?", ana.personId(), week.end().minusSeconds(3600), "Asked late?")));
        community.weeklyActivity.members.put(space.id(), List.of(ana.personId()));
        community.weeklyActivity.tags.put(space.id(), List.of("handover"));
    }

    private void post(UUID thread, String title, boolean opening, Actor author, String text) {
        posts.add(new WeekPost(UUID.randomUUID(), thread, title, author.personId(), opening, 1, week.start().plus(Duration.ofHours(30 + posts.size())),
                text));
    }

    @Test
    void theSynthesizerDraftsTheWeekAsAnArtifactThatCitesEachKeySentencesPost() {
        DraftWeeklySynthesis.Drafted drafted = community.draftWeeklySynthesis().draft(sy, space.id(), day, "en", NOW);

        Artifact artifact = drafted.artifact();
        assertThat(artifact.type()).isEqualTo(ArtifactType.WEEKLY_SYNTHESIS);
        assertThat(artifact.verification()).isEqualTo(Verification.DRAFT);
        assertThat(artifact.stewardId()).isEqualTo(sy.personId());
        assertThat(drafted.digest().keySentences()).isNotEmpty();
        assertThat(drafted.digest().unanswered()).extracting(QuietThread::title)
                .as("a question over 72 hours old; not a remark, not one asked in the last 72 hours")
                .containsExactly("Who signs overtime forms?");
        assertThat(drafted.digest().mostParticipation().get(0).people()).isEqualTo(3);
        assertThat(drafted.digest().newMembers()).extracting(m -> m.name()).containsExactly("Ana Silva");
        List<Citation> cited = community.citations.of(artifact.id());
        assertThat(cited).extracting(Citation::postId)
                .containsExactlyElementsOf(drafted.digest().keySentences().stream().map(k -> k.postId()).distinct().toList());
        assertThat(artifact.bodyMarkdown()).contains("## This week", "(#/threads/" + handover + "?post=" + cited.get(0).postId() + ")",
                "\\#handover", "Ana Silva");
        assertThat(community.weeklySyntheses.find(space.organisationId(), space.id(), week)).get()
                .satisfies(s -> assertThat(s.isPublished()).isFalse());
    }

    @Test
    void draftingAgainIsANewVersionOfTheSameDraft() {
        Artifact first = community.draftWeeklySynthesis().draft(sy, space.id(), day, "en", NOW).artifact();
        Artifact again = community.draftWeeklySynthesis().draft(fay, space.id(), day, "en", NOW.plusSeconds(60)).artifact();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(2);
        assertThat(community.artifacts.all()).hasSize(1);
        assertThat(community.citations.of(first.id())).extracting(Citation::postId).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheSpacesSynthesizersAndFacilitatorsDraftAndPublishAndARefusalWritesNothing() {
        Actor stranger = community.join(community.add(aSpace().inOrganisation(OTHER_ORG)), aMember().inOrganisation(OTHER_ORG));
        Actor outsider = community.person(aMember());

        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(ana, space.id(), day, "en", NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(outsider, space.id(), day, "en", NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(stranger, space.id(), day, "en", NOW)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> community.publishWeeklySynthesis().publish(ana, space.id(),
                new PublishWeeklySynthesis.Request(day, "t", "b"), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(sy, space.id(), "next week", "en", NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(sy, space.id(), week.monday().plusWeeks(3).toString(), "en", NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThat(community.artifacts.all()).isEmpty();
        assertThat(community.weeklySyntheses.all()).isEmpty();
    }

    @Test
    void publishedTheEditedWordsLeadTheSpaceAndTheWeekIsNotDraftedOrPublishedAgain() {
        Artifact draft = community.draftWeeklySynthesis().draft(sy, space.id(), day, "en", NOW).artifact();
        assertThat(community.showPinnedSynthesis().pinned(ana, space.id(), NOW)).isEmpty();

        assertThatThrownBy(() -> community.publishWeeklySynthesis().publish(sy, space.id(),
                new PublishWeeklySynthesis.Request(day, " ", "words"), NOW)).isInstanceOf(InvalidRequest.class);
        assertThat(draft.version()).isEqualTo(1);

        community.publishWeeklySynthesis().publish(sy, space.id(), new PublishWeeklySynthesis.Request(day, "Our week", "Calm nights."), NOW);

        assertThat(draft.title()).isEqualTo("Our week");
        assertThat(draft.bodyMarkdown()).isEqualTo("Calm nights.");
        assertThat(draft.verification()).isEqualTo(Verification.PEER_REVIEWED);
        assertThat(community.showPinnedSynthesis().pinned(ana, space.id(), NOW)).get()
                .satisfies(p -> assertThat(p.artifact().id()).isEqualTo(draft.id()));
        assertThat(community.showPinnedSynthesis().pinned(ana, space.id(), NOW.plus(Duration.ofDays(14)))).as("two weeks on").isEmpty();
        assertThatThrownBy(() -> community.publishWeeklySynthesis().publish(sy, space.id(),
                new PublishWeeklySynthesis.Request(day, "Again", "x"), NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> community.draftWeeklySynthesis().draft(sy, space.id(), day, "en", NOW)).isInstanceOf(Conflict.class);
        assertThat(draft.title()).isEqualTo("Our week");
    }

    @Test
    void aWeekWithoutADraftIsNotPublished() {
        assertThatThrownBy(() -> community.publishWeeklySynthesis().publish(sy, space.id(),
                new PublishWeeklySynthesis.Request(day, "Our week", "Calm nights."), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void twoNodesRunTheWeeklyDraftsOnceAndAStoppedNodesLeaseIsTakenOver() {
        community.weeklySyntheses.synthesized.add(new WeeklySyntheses.SynthesizedSpace(space.organisationId(), space.id(), sy.personId(), null));
        Instant mondayNext = week.end().plus(Duration.ofHours(1));
        ScheduledWeeklySyntheses nodeA = new ScheduledWeeklySyntheses(null, community.weeklySyntheses, community.draftWeeklySynthesis());
        ScheduledWeeklySyntheses nodeB = new ScheduledWeeklySyntheses(null, community.weeklySyntheses, community.draftWeeklySynthesis());

        // Node B holds the week's lease and stops before drafting: A waits until the lease runs out.
        assertThat(community.weeklySyntheses.acquireRun(week, UUID.randomUUID(), mondayNext, mondayNext.plus(ScheduledWeeklySyntheses.LEASE)))
                .isTrue();
        assertThat(nodeA.run(() -> mondayNext.plusSeconds(60))).isZero();
        assertThat(community.weeklySyntheses.all()).isEmpty();

        assertThat(nodeA.run(() -> mondayNext.plus(ScheduledWeeklySyntheses.LEASE).plusSeconds(1))).isEqualTo(1);
        assertThat(nodeB.run(() -> mondayNext.plus(ScheduledWeeklySyntheses.LEASE).plusSeconds(2))).as("the week's run is finished").isZero();
        assertThat(community.weeklySyntheses.all()).singleElement().satisfies(s -> {
            assertThat(s.week()).isEqualTo(week);
            assertThat(community.artifacts.find(s.organisationId(), s.artifactId())).get()
                    .satisfies(a -> assertThat(a.stewardId()).isEqualTo(sy.personId()));
        });
    }

    @Test
    void aScheduledDraftIsWrittenInTheSpacesLanguageAndInEnglishWhenItHasNone() {
        community.weeklySyntheses.synthesized.add(new WeeklySyntheses.SynthesizedSpace(space.organisationId(), space.id(), sy.personId(), "fr-CA"));
        Instant mondayNext = week.end().plus(Duration.ofHours(1));
        assertThat(new ScheduledWeeklySyntheses(null, community.weeklySyntheses, community.draftWeeklySynthesis()).run(() -> mondayNext))
                .isEqualTo(1);
        Artifact french = community.artifacts.find(space.organisationId(), community.weeklySyntheses.all().get(0).artifactId()).orElseThrow();
        assertThat(french.locale()).isEqualTo("fr");
        assertThat(french.title()).startsWith("Cette semaine dans l’espace");
        assertThat(french.bodyMarkdown()).contains("## " + ArtifactTemplate.heading("fr", "most_discussed"))
                .doesNotContain("## " + ArtifactTemplate.heading("en", "most_discussed"));

        Week following = Week.containing(mondayNext);
        assertThat(community.draftWeeklySynthesis().onSchedule(new WeeklySyntheses.SynthesizedSpace(space.organisationId(), space.id(),
                sy.personId(), null), following, following.end().plus(Duration.ofHours(1)))).get()
                .satisfies(d -> assertThat(d.artifact().bodyMarkdown()).contains("## " + ArtifactTemplate.heading("en", "most_discussed")));
    }
}
