package org.thirdspace.community.moderation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WatchListTest {

    @Test
    void matchesWholeWordsWhateverTheCase() {
        assertThat(WatchList.firstMatch(List.of("idiot"), "What an IDIOT idea.")).contains("idiot");
        assertThat(WatchList.firstMatch(List.of("ass"), "This class passes.")).isEmpty();
        assertThat(WatchList.firstMatch(List.of("go away"), "Please go   away now")).isEmpty();
        assertThat(WatchList.firstMatch(List.of("go away"), "Just go away!")).contains("go away");
    }

    @Test
    void nothingMatchesWithoutTermsOrText() {
        assertThat(WatchList.firstMatch(List.of(), "anything")).isEmpty();
        assertThat(WatchList.firstMatch(List.of("x"), "")).isEmpty();
        assertThat(WatchList.firstMatch(List.of("  "), "a b")).isEmpty();
    }

    @Test
    void termsAreStoredTrimmedAndLowerCase() {
        assertThat(WatchList.normalise("  Go   AWAY ")).isEqualTo("go away");
    }
}
