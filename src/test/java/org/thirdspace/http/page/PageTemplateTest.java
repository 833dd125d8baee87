package org.thirdspace.http.page;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageTemplateTest {

    @Test
    void valuesAreEncodedForHtmlUnlessMarkedRaw() {
        String html = PageTemplate.named("error").render(Map.of("title", "<script>alert(1)</script>",
                "explanation", "\" onmouseover=\"x", "reference", "r", "extra", "<b>kept</b>", "lang", "en"));
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("\" onmouseover=\"x").contains("<b>kept</b>");
    }

    @Test
    void missingValuesRenderAsNothing() {
        assertThat(PageTemplate.named("error").render(Map.of())).doesNotContain("{{");
    }
}
