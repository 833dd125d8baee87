package org.thirdspace.community.synthesis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPhrasesTest {

    @Test
    void aPhraseSeveralPostsUseIsAKeyPhraseAndAOneOffIsNot() {
        List<Passage> week = List.of(
                post("The onboarding checklist is out of date since the move."),
                post("Who owns the onboarding checklist now? Also my purple umbrella went missing."),
                post("I updated the onboarding checklist and the night shift rota."),
                post("The night shift rota is in conflict with the training day."));

        List<String> phrases = new KeyPhrases(Locale.ENGLISH).of(week, 5);

        assertThat(phrases).contains("onboarding checklist", "night shift rota").doesNotContain("purple umbrella");
    }

    @Test
    void germanAndFrenchStopWordsSplitPhrases() {
        List<String> german = new KeyPhrases(Locale.GERMAN).of(List.of(post("Die neue Übergabeliste ist fertig."),
                post("Wer prüft die neue Übergabeliste für die Nachtschicht?")), 3);
        List<String> french = new KeyPhrases(Locale.FRENCH).of(List.of(post("La fiche de poste est prête."),
                post("Qui relit la fiche de poste avant lundi ?")), 3);

        assertThat(german).containsExactly("neue übergabeliste");
        assertThat(french).contains("fiche", "poste");
    }

    private static Passage post(String text) {
        return new Passage(UUID.randomUUID(), UUID.randomUUID(), false, text);
    }
}
