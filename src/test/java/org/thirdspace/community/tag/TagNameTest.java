package org.thirdspace.community.tag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagNameTest {

    @Test
    void spellingsOfOneTagNormaliseToOneName() {
        for (String typed : new String[] {"#Remote Work", "remote-work", "Remote  work", " remote_work ", "REMOTE---WORK!"}) {
            assertThat(TagName.of(typed)).as(typed).contains(new TagName("remote-work"));
        }
    }

    @Test
    void accentsAndOtherScriptsAreKept() {
        assertThat(TagName.of("Qualité")).contains(new TagName("qualité"));
        assertThat(TagName.of("Führung")).contains(new TagName("führung"));
        assertThat(TagName.of("研修")).contains(new TagName("研修"));
    }

    @Test
    void nothingLeftIsNoTagAndLongNamesAreCut() {
        assertThat(TagName.of("###")).isEmpty();
        assertThat(TagName.of("  ")).isEmpty();
        assertThat(TagName.of(null)).isEmpty();
        assertThat(TagName.of("a".repeat(100)).orElseThrow().value()).hasSize(TagName.MAX);
    }
}
