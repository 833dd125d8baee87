package org.thirdspace.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    static final UUID ADA = UUID.fromString("01a20421-fdb1-703d-b082-13d5148957ae");
    static final Function<UUID, Optional<String>> MEMBERS = id -> Optional.ofNullable(Map.of(ADA, "Ada Okafor").get(id));

    /** Known XSS vectors (OWASP cheat sheet, PortSwigger list), as raw HTML and as Markdown. */
    static Stream<String> vectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<body onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{display:none}</style>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<!--<script>alert(1)</script>-->",
                "\"><script>alert(1)</script>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](javascript:alert(1))",
                "![x](https://evil.example/track.png)",
                "<javascript:alert(1)>",
                "[x](java\tscript:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](https://ok.example \"onmouseover=alert(1)\")",
                "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
                "<p onclick=\"alert(1)\">x</p>",
                "<img src=\"x\" style=\"x:expression(alert(1))\">",
                "`<script>alert(1)</script>`",
                "```\n<script>alert(1)</script>\n```",
                "<x onmouseover=alert(1)>hover</x>");
    }

    /** Tags of the output; text between them is escaped and inert whatever it says. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ALLOWED_TAG = Pattern.compile(
            "</?(p|br|em|strong|code|pre|blockquote|ul|ol|li|hr|del|h[1-6]|a)(\\s[^>]*)?>");
    private static final Pattern DANGEROUS_ATTRIBUTE = Pattern.compile(
            "(?i)\\son\\w+\\s*=|\\sstyle\\s*=|\\ssrc\\s*=|javascript:|vbscript:|data:|expression\\(");

    @ParameterizedTest
    @MethodSource("vectors")
    void xssVectorsComeOutInert(String vector) {
        String html = MarkdownRenderer.render(vector, MEMBERS).html();
        TAG.matcher(html).results().map(m -> m.group()).forEach(tag -> {
            assertThat(tag).as("tag in %s", html).matches(ALLOWED_TAG);
            assertThat(DANGEROUS_ATTRIBUTE.matcher(tag).find()).as("attribute in %s", tag).isFalse();
            if (tag.startsWith("<a ") && tag.contains("href=")) {
                assertThat(tag).matches("<a href=\"(https?://[^\"]*|mailto:[^\"]*|#/people/[0-9a-f-]{36}|)\".*")
                        .contains("nofollow").contains("noopener").contains("ugc");
            }
        });
    }

    @Test
    void thereAreAtLeastThirtyVectors() {
        assertThat(vectors().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void markdownBecomesHtmlAndLinksAreMarkedUserContent() {
        RenderedBody body = MarkdownRenderer.render("**Bold** and a [link](https://example.com/page).", MEMBERS);
        assertThat(body.html()).contains("<strong>Bold</strong>")
                .contains("href=\"https://example.com/page\"").contains("nofollow").contains("noopener").contains("ugc")
                .contains("target=\"_blank\"");
        assertThat(body.text()).isEqualTo("Bold and a link.");
    }

    @Test
    void mentionsOfMembersRenderWithTheirRealName() {
        RenderedBody body = MarkdownRenderer.render("Thanks [@The Boss](mention:" + ADA + ")!", MEMBERS);
        assertThat(body.mentions()).containsExactly(ADA);
        assertThat(body.html()).contains("class=\"ts-mention\"").contains("data-person=\"" + ADA + "\"")
                .contains("&#64;Ada Okafor").doesNotContain("The Boss");
    }

    @Test
    void aLinkToAPersonTypedByHandIsNoMention() {
        RenderedBody body = MarkdownRenderer.render("Signed [@Grace Mbeki (Director)](#/people/" + ADA + ") and [x](#/people/nobody)", MEMBERS);
        assertThat(body.mentions()).isEmpty();
        assertThat(body.html()).doesNotContain("ts-mention").doesNotContain("data-person").doesNotContain("#/people/")
                .doesNotContain("<a").contains("&#64;Grace Mbeki (Director)");
    }

    @Test
    void mentionsOfStrangersStayPlainText() {
        UUID stranger = UUID.randomUUID();
        RenderedBody body = MarkdownRenderer.render("Hello [@Someone](mention:" + stranger + ")", MEMBERS);
        assertThat(body.mentions()).isEmpty();
        assertThat(body.html()).doesNotContain("<a").contains("&#64;Someone");
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(MarkdownRenderer.render("a <b>b</b>", MEMBERS).html()).contains("&lt;b&gt;");
    }
}
