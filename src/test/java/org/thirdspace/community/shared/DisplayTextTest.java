package org.thirdspace.community.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTextTest {

    @Test
    void bidirectionalControlsAreRemovedAndEverythingElseKept() {
        assertThat(DisplayText.withoutBidiControls("Grace \u202EROTCERID\u202C Mbeki")).isEqualTo("Grace ROTCERID Mbeki");
        for (char c = '\u202A'; c <= '\u202E'; c++) {
            assertThat(DisplayText.withoutBidiControls("a" + c + "b")).isEqualTo("ab");
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            assertThat(DisplayText.withoutBidiControls("a" + c + "b")).isEqualTo("ab");
        }
        assertThat(DisplayText.withoutBidiControls("שלום עולם · مرحبا \u200F")).as("right-to-left text and marks stay")
                .isEqualTo("שלום עולם · مرحبا \u200F");
        assertThat(DisplayText.withoutBidiControls(null)).isNull();
    }
}
