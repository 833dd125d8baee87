package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.artifact.Artifact;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;

/**
 * TranslateArtifact and the placed artifact in the reader's language: a learner whose launch asks
 * for French reads the French translation (or the original on request), is told when the original
 * has changed since, and everyone else reads the original; bad translations change nothing.
 */
class TranslateArtifactTest extends ArtifactScene {

    final Artifact artifact = checklistBy(fay);
    final Actor learner = community.person(aMember().named("Lea Learner"));

    TranslateArtifactTest() {
        everyoneConsents(artifact);
        community.placeArtifact().place(new Actor(fay.organisationId(), fay.personId(), UUID.randomUUID(), null, fay.launchRoles()),
                artifact.id(), NOW);
    }

    private static TranslateArtifact.Request french() {
        return new TranslateArtifact.Request("Accueillir un nouveau collègue", "## Étapes\n\n- [ ] Envoyer le formulaire de badge\n");
    }

    private PlacedArtifact placed(String locale, boolean original) {
        return community.showPlacedArtifact().show(learner, artifact.id(), locale, original, NOW);
    }

    @Test
    void aReaderWhoseLaunchAsksForFrenchReadsTheFrenchTranslationOthersTheOriginal() {
        community.translateArtifact().translate(fay, artifact.id(), "fr", french(), NOW);

        PlacedArtifact inFrench = placed("fr-CA", false);
        assertThat(inFrench.artifact().title()).isEqualTo("Accueillir un nouveau collègue");
        assertThat(inFrench.artifact().locale()).isEqualTo("fr");
        assertThat(inFrench.artifact().html()).contains("Envoyer le formulaire de badge", "<input type=\"checkbox\" disabled=\"disabled\" />")
                .doesNotContain("badge form");
        assertThat(inFrench.translation()).isEqualTo(new PlacedArtifact.Translation("fr", "en", 1, false, true));

        PlacedArtifact original = placed("fr-CA", true);
        assertThat(original.artifact().title()).isEqualTo("Welcoming a new colleague");
        assertThat(original.translation().shown()).isFalse();

        for (String other : new String[] {"de-DE", "en-GB", null, "not a tag"}) {
            PlacedArtifact shown = placed(other, false);
            assertThat(shown.artifact().title()).as(other).isEqualTo("Welcoming a new colleague");
            assertThat(shown.translation()).as(other).isNull();
        }
    }

    @Test
    void aTranslationMadeFromAnEarlierVersionSaysTheOriginalHasChangedAndARewriteCatchesUp() {
        community.translateArtifact().translate(fay, artifact.id(), "fr", french(), NOW);
        community.editArtifact().edit(fay, artifact.id(), new EditArtifact.Request("Welcoming a new colleague",
                "## Steps\n\n- [ ] Send the badge form\n- [ ] Book a buddy\n", null, null, "a buddy too", null, null, null, null), NOW);
        assertThat(placed("fr", false).translation()).satisfies(t -> assertThat(t.behind()).isTrue())
                .satisfies(t -> assertThat(t.fromVersion()).isEqualTo(1));
        assertThat(community.showArtifact().show(fay, artifact.id(), NOW).translations()).singleElement()
                .satisfies(t -> assertThat(t.behind()).isTrue()).satisfies(t -> assertThat(t.markdown()).contains("Envoyer"));

        community.translateArtifact().translate(fay, artifact.id(), "fr-FR", new TranslateArtifact.Request("Accueillir un collègue",
                "## Étapes\n\n- [ ] Envoyer le formulaire de badge\n- [ ] Trouver un parrain\n"), NOW);
        assertThat(placed("fr", false)).satisfies(p -> assertThat(p.translation().behind()).isFalse())
                .satisfies(p -> assertThat(p.artifact().title()).isEqualTo("Accueillir un collègue"));
        assertThat(community.artifactTranslations.of(artifact.id())).as("rewritten, not added").hasSize(1);
        assertThat(community.showArtifact().show(ada, artifact.id(), NOW).translations()).singleElement()
                .satisfies(t -> assertThat(t.markdown()).as("the Markdown is for editors").isNull());
    }

    @Test
    void badTranslationsAreRefusedWithTheirReasonAndNothingIsWritten() {
        assertThatThrownBy(() -> community.translateArtifact().translate(fay, artifact.id(), "xx", french(), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("ISO 639");
        assertThatThrownBy(() -> community.translateArtifact().translate(fay, artifact.id(), "en-US", french(), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("written in en");
        assertThatThrownBy(() -> community.translateArtifact().translate(fay, artifact.id(), "fr",
                new TranslateArtifact.Request(" ", "words"), NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("title");
        assertThatThrownBy(() -> community.translateArtifact().translate(fay, artifact.id(), "fr",
                new TranslateArtifact.Request("Titre", ""), NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("body");
        assertThatThrownBy(() -> community.translateArtifact().translate(ada, artifact.id(), "fr", french(), NOW))
                .as("a member who is not its steward nor a facilitator").isInstanceOf(AccessDenied.class);
        assertThat(community.artifactTranslations.of(artifact.id())).isEmpty();
        assertThat(placed("fr", false).translation()).isNull();
        assertThat(List.of(artifact.title(), artifact.version())).containsExactly("Welcoming a new colleague", 1);
    }
}
