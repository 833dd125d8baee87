package org.thirdspace.content;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MentionLinksTest {

    static final UUID ADA = UUID.fromString("0190a1b2-0000-7000-8000-000000000001");
    static final UUID BEN = UUID.fromString("0190a1b2-0000-7000-8000-000000000002");

    @Test
    void aRecordedMentionShowsThePersonsCurrentName() {
        String stored = MarkdownRenderer.render("Hi [@x](mention:" + ADA + ")", p -> Optional.of("Ada Okafor")).html();
        String shown = MentionLinks.withCurrentNames(stored, Map.of(ADA, "Ada Okafor-Lindqvist"));
        assertThat(shown).contains("class=\"ts-mention\"").contains("data-person=\"" + ADA + "\"").contains("@Ada Okafor-Lindqvist")
                .doesNotContain("&#64;Ada Okafor<");
    }

    @Test
    void aMentionLinkNobodyRecordedIsReducedToItsWords() {
        // As a body typed by hand was stored before such links were refused.
        String stored = "<p>From <a href=\"#/people/" + BEN + "\" class=\"ts-mention\" data-person=\"" + BEN
                + "\" rel=\"noopener nofollow ugc\">&#64;Grace Mbeki (Director)</a>, also <a class=\"ts-mention\" href=\"#/people/x\">@Boss</a></p>";
        String shown = MentionLinks.withCurrentNames(stored, Map.of(ADA, "Ada Okafor"));
        assertThat(shown).isEqualTo("<p>From &#64;Grace Mbeki (Director), also @Boss</p>");
    }

    @Test
    void otherLinksAndNamesWithMarkupAreSafe() {
        String stored = "<p><a href=\"https://example.com\" target=\"_blank\" rel=\"noopener nofollow ugc\">site</a> "
                + "<a href=\"#/people/" + ADA + "\" class=\"ts-mention\" data-person=\"" + ADA + "\">&#64;A</a></p>";
        String shown = MentionLinks.withCurrentNames(stored, Map.of(ADA, "<script>alert(1)</script>"));
        assertThat(shown).contains("<a href=\"https://example.com\" target=\"_blank\" rel=\"noopener nofollow ugc\">site</a>")
                .contains("@&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(MentionLinks.withCurrentNames("<p>plain</p>", Map.of())).isEqualTo("<p>plain</p>");
    }
}
