package org.thirdspace.community.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Viewer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final UUID ORG = UUID.randomUUID();
    static final UUID SPACE = UUID.randomUUID();
    static final UUID GROUP = UUID.randomUUID();
    static final UUID MAKER = UUID.randomUUID();

    static Artifact artifact(ArtifactAudience audience, UUID group) {
        return new Artifact(ORG, SPACE, group, ArtifactType.CHECKLIST, "First week", "fr-CA", MomentOfNeed.APPLY, audience, MAKER,
                new Post.Body("text", "<p>text</p>", "text"), List.of("onboarding"), NOW);
    }

    @Test
    void everyTypeHasHeadingsInEveryLanguageAndASkeleton() {
        for (ArtifactType type : ArtifactType.values()) {
            for (String locale : ArtifactTemplate.LOCALES) {
                for (String section : type.sections()) {
                    assertThat(ArtifactTemplate.heading(locale, section)).as(type + " " + locale + " " + section).isNotBlank();
                }
                assertThat(ArtifactTemplate.skeleton(type, locale)).startsWith("## ");
            }
        }
        assertThat(ArtifactTemplate.skeleton(ArtifactType.FAQ, "de")).contains("## Frage", "## Antwort");
        assertThat(ArtifactTemplate.heading("fr", "items")).isEqualTo("Liste de contrôle");
        assertThat(ArtifactTemplate.locale("pt-BR")).isEqualTo("en");
        assertThat(ArtifactTemplate.locale("de_AT")).isEqualTo("de");
    }

    @Test
    void aDraftFromAConversationFillsTheTemplateAndCitesEveryQuote() {
        List<ArtifactDraft.Quote> quotes = List.of(
                new ArtifactDraft.Quote(1, "Ada", "How do you welcome new colleagues?", NOW, true),
                new ArtifactDraft.Quote(2, "Bea", "Send the *badge* form\nbefore day one", NOW, false),
                new ArtifactDraft.Quote(3, "Carl", "# Pair them with a buddy", NOW, false));
        String markdown = ArtifactDraft.markdown(ArtifactType.CHECKLIST, "en", "First week", quotes);
        assertThat(markdown).contains("## Before you start\n\nHow do you welcome new colleagues? [1]",
                "## Checklist\n\n- [ ] Send the \\*badge\\* form before day one [2]\n- [ ] \\# Pair them with a buddy [3]",
                "## Done when").doesNotContain("From the conversation", "Carl, “First week”");
        String faq = ArtifactDraft.markdown(ArtifactType.FAQ, "de", "Erste Woche", quotes.subList(0, 2));
        assertThat(faq).contains("## Frage\n\nHow do you welcome", "## Antwort\n\nSend the").doesNotContain("Aus dem Gespräch");
    }

    @Test
    void theSourcesListEarlierDraftsWroteIsShownOnceFromTheCitationsNotAgainFromTheWords() {
        String legacy = "<h2>Checklist</h2>\n<ul>\n<li>[ ] Badge form [1]</li>\n</ul>\n<h2>From the conversation</h2>\n<ul>\n"
                + "<li>[1] Bea, “First week”, March 2, 2026</li>\n</ul>\n";
        assertThat(ArtifactDraft.withoutSourcesList(legacy, "en")).isEqualTo("<h2>Checklist</h2>\n<ul>\n<li>[ ] Badge form [1]</li>\n</ul>\n");
        assertThat(ArtifactDraft.withoutSourcesList(legacy.replace("From the conversation", "Aus dem Gespräch"), "de"))
                .doesNotContain("Aus dem Gespräch", "Bea");
        String edited = legacy + "<p>Written after the sources.</p>";
        assertThat(ArtifactDraft.withoutSourcesList(edited, "en")).as("words after it: kept").isEqualTo(edited);
    }

    @Test
    void reviewFallsDueAtTheIntervalOrAtTheFirstSignOfChangeWhicheverIsEarlier() {
        Artifact artifact = artifact(ArtifactAudience.SPACE, null);
        assertThat(artifact.reviewDueAt(null, null)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        // A change before it was made does not count; one after does.
        assertThat(artifact.reviewDueAt(NOW.minusSeconds(60), null)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(artifact.reviewDueAt(NOW.plus(Duration.ofDays(3)), null)).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(artifact.reviewDueAt(NOW.plus(Duration.ofDays(9)), NOW.plus(Duration.ofDays(2)))).isEqualTo(NOW.plus(Duration.ofDays(2)));
        // Verifying is a review: the interval starts again and older signs no longer count.
        artifact.verify(Verification.PEER_REVIEWED, NOW.plus(Duration.ofDays(10)));
        assertThat(artifact.reviewDueAt(NOW.plus(Duration.ofDays(3)), null)).isEqualTo(NOW.plus(Duration.ofDays(100)));
        artifact.reviewEvery(30, NOW);
        assertThat(artifact.reviewDueAt(null, null)).isEqualTo(NOW.plus(Duration.ofDays(40)));
        assertThatThrownBy(() -> artifact.reviewEvery(0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verificationStepsAndAnEditTakeAnExpertVerificationBackToPeerReview() {
        Artifact artifact = artifact(ArtifactAudience.SPACE, null);
        artifact.verify(Verification.EXPERT_VERIFIED, NOW);
        ArtifactVersion second = artifact.edit("First week, revised", new Post.Body("new", "<p>new</p>", "new"), List.of(),
                MomentOfNeed.SOLVE, MAKER, "a step was missing", NOW.plusSeconds(60));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("a step was missing");
        assertThat(artifact.verification()).isEqualTo(Verification.PEER_REVIEWED);
        artifact.verify(Verification.OBSOLETE, NOW);
        assertThatThrownBy(() -> artifact.verify(Verification.EXPERT_VERIFIED, NOW)).isInstanceOf(IllegalArgumentException.class);
        artifact.verify(Verification.DRAFT, NOW);
        assertThat(artifact.verification()).isEqualTo(Verification.DRAFT);
    }

    @Test
    void aContributorAllowsOnlyWhereTheyWroteUntilTheyConsent() {
        Contributor bea = new Contributor(UUID.randomUUID(), UUID.randomUUID(), ArtifactAudience.PEER_GROUP, false, NOW);
        assertThat(bea.allows(ArtifactAudience.PEER_GROUP)).isTrue();
        assertThat(bea.allows(ArtifactAudience.SPACE)).isFalse();
        assertThat(bea.ask(NOW)).isTrue();
        assertThat(bea.ask(NOW)).isFalse();
        bea.give(NOW);
        assertThat(bea.allows(ArtifactAudience.COURSE_PAGE)).isTrue();
        bea.withdraw(NOW);
        assertThat(bea.allows(ArtifactAudience.SPACE)).isFalse();
        bea.alsoWroteIn(ArtifactAudience.ORGANISATION);
        assertThat(bea.wroteIn()).isEqualTo(ArtifactAudience.PEER_GROUP);
        assertThat(new Contributor(UUID.randomUUID(), MAKER, ArtifactAudience.SPACE, true, NOW).consent()).isEqualTo(ConsentState.GIVEN);
    }

    @Test
    void narrowingGoesBackToTheGroupItWasMadeInOrNoLowerThanTheSpace() {
        Artifact grouped = artifact(ArtifactAudience.PEER_GROUP, GROUP);
        grouped.widen(ArtifactAudience.ORGANISATION, NOW);
        grouped.narrow(ArtifactAudience.PEER_GROUP, NOW);
        assertThat(grouped.audience()).isEqualTo(ArtifactAudience.PEER_GROUP);
        assertThat(grouped.peerGroupId()).isEqualTo(GROUP);
        Artifact spaced = artifact(ArtifactAudience.SPACE, null);
        spaced.widen(ArtifactAudience.COURSE_PAGE, NOW);
        spaced.narrow(ArtifactAudience.PEER_GROUP, NOW);
        assertThat(spaced.audience()).isEqualTo(ArtifactAudience.SPACE);
        assertThatThrownBy(() -> spaced.widen(ArtifactAudience.SPACE, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readersAreTheAudienceTheStewardTheVerifierAndContributorsNeverAnotherOrganisation() {
        Artifact grouped = artifact(ArtifactAudience.PEER_GROUP, GROUP);
        UUID someone = UUID.randomUUID();
        Viewer groupMember = new Viewer(ORG, someone, Set.of(SPACE), Set.of(), Set.of(GROUP));
        Viewer spaceMember = new Viewer(ORG, someone, Set.of(SPACE), Set.of(), Set.of());
        Viewer moderator = new Viewer(ORG, someone, Set.of(SPACE), Set.of(SPACE), Set.of());
        Viewer colleague = new Viewer(ORG, someone, Set.of(), Set.of(), Set.of());
        Viewer maker = new Viewer(ORG, MAKER, Set.of(), Set.of(), Set.of());
        Viewer stranger = new Viewer(UUID.randomUUID(), MAKER, Set.of(SPACE), Set.of(), Set.of(GROUP));
        assertThat(grouped.readableBy(groupMember, false)).isTrue();
        assertThat(grouped.readableBy(moderator, false)).isTrue();
        assertThat(grouped.readableBy(spaceMember, false)).isFalse();
        assertThat(grouped.readableBy(spaceMember, true)).isTrue();
        assertThat(grouped.readableBy(maker, false)).isTrue();
        assertThat(grouped.readableBy(stranger, true)).isFalse();
        grouped.widen(ArtifactAudience.SPACE, NOW);
        assertThat(grouped.readableBy(spaceMember, false)).isTrue();
        assertThat(grouped.readableBy(colleague, false)).isFalse();
        grouped.widen(ArtifactAudience.ORGANISATION, NOW);
        assertThat(grouped.readableBy(colleague, false)).isTrue();
    }

    @Test
    void aWeeklySynthesisInDraftIsReadOnlyByItsStewardItsContributorsAndTheSpacesSynthesizersUntilPublished() {
        Artifact draft = new Artifact(ORG, SPACE, null, ArtifactType.WEEKLY_SYNTHESIS, "Week", "en", MomentOfNeed.APPLY,
                ArtifactAudience.SPACE, MAKER, new Post.Body("text", "<p>text</p>", "text"), List.of(), NOW);
        UUID someone = UUID.randomUUID();
        Viewer learner = new Viewer(ORG, someone, Set.of(SPACE), Set.of(), Set.of());
        Viewer moderator = new Viewer(ORG, someone, Set.of(SPACE), Set.of(SPACE), Set.of());
        Viewer synthesizer = new Viewer(ORG, someone, Set.of(SPACE), Set.of(), Set.of(), Set.of(SPACE));
        Viewer elsewhereSynthesizer = new Viewer(ORG, someone, Set.of(SPACE), Set.of(), Set.of(), Set.of(UUID.randomUUID()));
        Viewer steward = new Viewer(ORG, MAKER, Set.of(), Set.of(), Set.of());
        assertThat(draft.isUnpublished()).isTrue();
        assertThat(draft.readableBy(learner, false)).isFalse();
        assertThat(draft.readableBy(moderator, false)).isFalse();
        assertThat(draft.readableBy(elsewhereSynthesizer, false)).isFalse();
        assertThat(draft.readableBy(learner, true)).as("a quoted contributor").isTrue();
        assertThat(draft.readableBy(synthesizer, false)).isTrue();
        assertThat(draft.readableBy(steward, false)).isTrue();
        draft.verify(Verification.PEER_REVIEWED, NOW);
        assertThat(draft.isUnpublished()).isFalse();
        assertThat(draft.readableBy(learner, false)).isTrue();

        // Any other artifact is a draft of its verification only: its audience reads it, and peers review it.
        Artifact checklist = artifact(ArtifactAudience.SPACE, null);
        assertThat(checklist.verification()).isEqualTo(Verification.DRAFT);
        assertThat(checklist.isUnpublished()).isFalse();
        assertThat(checklist.readableBy(learner, false)).isTrue();
    }
}
