package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    @Test
    void termsAreMarkedAndEverythingElseEncoded() {
        assertThat(Snippet.of("Use <b>retros</b> & RETROS weekly", "t", List.of("retros")))
                .isEqualTo("Use &lt;b&gt;<mark>retros</mark>&lt;/b&gt; &amp; <mark>RETROS</mark> weekly");
    }

    @Test
    void termsThatLookLikeEntitiesDoNotBreakTheEncoding() {
        assertThat(Snippet.of("a < b && c", "t", List.of("lt", "amp"))).isEqualTo("a &lt; b &amp;&amp; c");
    }

    @Test
    void longTextIsCutAroundTheFirstMatch() {
        String text = "x ".repeat(300) + "needle" + " y".repeat(300);
        String snippet = Snippet.of(text, "t", List.of("needle"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>needle</mark>");
        assertThat(snippet.length()).isLessThan(300);
    }
}
