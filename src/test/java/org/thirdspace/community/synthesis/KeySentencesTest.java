package org.thirdspace.community.synthesis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-made weeks whose key sentence is known. */
class KeySentencesTest {

    private final UUID thread = UUID.randomUUID();

    @Test
    void theSentenceTheOtherPostsEchoIsTheKeySentence() {
        Passage central = post(true, "The onboarding checklist should list the safety training, the badge request and the first shift buddy. "
                + "I wrote it after my second week here.");
        List<Passage> week = List.of(
                post(false, "Lunch was great on Tuesday, thanks to the canteen team for the soup."),
                central,
                post(false, "Yes, the safety training belongs on the onboarding checklist, new staff miss it otherwise."),
                post(false, "Please add the badge request to the checklist, it takes three days to arrive."),
                post(false, "A first shift buddy made all the difference for me, put the buddy on the onboarding list."),
                post(false, "Does anybody know whether the car park closes early on Friday evenings?"));

        List<KeySentence> key = new KeySentences(Locale.ENGLISH).of(week, 1);

        assertThat(key).singleElement().satisfies(k -> {
            assertThat(k.sentence().text()).startsWith("The onboarding checklist should list");
            assertThat(k.sentence().postId()).isEqualTo(central.postId());
            assertThat(k.sentence().threadId()).isEqualTo(thread);
        });
    }

    @Test
    void aNearCopyOfAChosenSentenceIsNotChosenAgain() {
        List<Passage> week = List.of(
                post(true, "Rotate the night shift rota every four weeks so nobody carries it for months."),
                post(false, "Rotate the night shift rota every four weeks so nobody carries it for months, agreed."),
                post(false, "The night shift rota needs a swap board where people trade weeks."),
                post(false, "A swap board for the rota would let people trade night shift weeks themselves."),
                post(false, "Our team rotates the night shift every month and it works."));

        List<KeySentence> key = new KeySentences(Locale.ENGLISH).of(week, 3);

        assertThat(key).hasSizeGreaterThanOrEqualTo(2);
        long copies = key.stream().filter(k -> k.sentence().text().startsWith("Rotate the night shift rota")).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void betweenTwoEquallyCentralSentencesTheOneAPostLeadsWithWins() {
        UUID postId = UUID.randomUUID();
        Passage post = new Passage(postId, thread, false,
                "Handover notes prevent repeated mistakes between shifts. Handover notes prevent repeated mistakes between teams.");
        List<Passage> week = List.of(post,
                post(false, "Mistakes between shifts and teams drop when handover notes are written."),
                post(false, "Written handover notes between teams and shifts are worth the time."));

        List<KeySentence> key = new KeySentences(Locale.ENGLISH).of(week, 1);

        assertThat(key.get(0).sentence().text()).isEqualTo("Handover notes prevent repeated mistakes between shifts.");
        assertThat(key.get(0).sentence().indexInPost()).isZero();
    }

    @Test
    void frenchAndGermanPostsAreSplitWithTheirLanguagesRules() {
        List<Sentence> german = new SentenceSplitter(Locale.GERMAN).split(post(false,
                "Wir brauchen z. B. eine Liste für neue Kollegen. Die Liste sollte kurz sein!"));
        List<Sentence> french = new SentenceSplitter(Locale.FRENCH).split(post(false,
                "Qui a déjà testé la nouvelle procédure ? Elle me semble bien plus simple que l'ancienne."));

        assertThat(german).extracting(Sentence::text)
                .containsExactly("Wir brauchen z. B. eine Liste für neue Kollegen.", "Die Liste sollte kurz sein!");
        assertThat(french).extracting(Sentence::text)
                .containsExactly("Qui a déjà testé la nouvelle procédure ?", "Elle me semble bien plus simple que l'ancienne.");
    }

    @Test
    void stopWordsCarryNoTopicInAnyOfTheThreeLanguages() {
        assertThat(new Terms(Locale.FRENCH).of("Qu'il est difficile de trouver l'équipe de nuit"))
                .containsExactly("difficile", "trouver", "équipe", "nuit");
        assertThat(new Terms(Locale.GERMAN).of("Die Übergabe ist für das Team sehr wichtig"))
                .containsExactly("übergabe", "team", "wichtig");
        assertThat(new Terms(Locale.ENGLISH).of("The checklists are on the shared drive"))
                .containsExactly("checklist", "shared", "drive");
    }

    @Test
    void theSamePostsAlwaysGiveTheSameSentences() {
        List<Passage> week = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            week.add(post(i % 7 == 0, "The " + word(i) + " needs a clear owner and a review date. The " + word(i * 3)
                    + " team would take the review of the safety checklist. The " + word(i + 5) + " was discussed at length."));
        }

        List<KeySentence> first = new KeySentences(Locale.ENGLISH).of(week, 5);
        List<KeySentence> second = new KeySentences(Locale.ENGLISH).of(List.copyOf(week), 5);

        assertThat(first).isEqualTo(second).hasSize(5);
    }

    @Test
    void preselectionKeepsTheCentralSentenceWhenTheWeekIsLargerThanTheGraph() {
        List<Passage> week = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            week.add(post(false, "Random remark number " + i + " about " + word(i) + " and " + word(i * 7 + 3) + " today."));
            week.add(post(false, "The vaccination appointment form needs the staff number, " + word(i) + " said."));
        }
        Passage central = post(true, "Bring your staff number to the vaccination appointment form desk.");
        week.add(central);

        List<KeySentence> key = new KeySentences(Locale.ENGLISH, 100).of(week, 3);

        assertThat(key).extracting(k -> k.sentence().text()).anyMatch(t -> t.contains("vaccination appointment form"));
        assertThat(key).noneMatch(k -> k.sentence().text().startsWith("Random remark"));
    }

    @Test
    void nothingToSummariseGivesNoSentences() {
        assertThat(new KeySentences(Locale.ENGLISH).of(List.of(post(false, "Thanks!"), post(false, "+1")), 5)).isEmpty();
        assertThat(new KeySentences(Locale.ENGLISH).of(List.of(), 5)).isEmpty();
    }

    private static String word(int i) {
        String[] words = {"parking", "coffee", "printer", "weather", "holiday", "meeting", "laptop", "window", "garden", "music",
                "bicycle", "train", "lamp", "desk", "screen", "phone", "radio", "kitchen", "door", "stairs"};
        return words[Math.floorMod(i, words.length)];
    }

    private Passage post(boolean opening, String text) {
        return new Passage(UUID.randomUUID(), thread, opening, text);
    }
}
