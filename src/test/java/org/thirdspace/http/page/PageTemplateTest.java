package org.thirdspace.http.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Every template, cut into parts once when loaded, renders exactly what replacing each
     * placeholder in its source gives: literal text, {@code {{name}}} encoded and {@code {{{name}}}}
     * as given, each placeholder where it stands.
     */
    @Test
    void everyTemplateRendersItsSourceWithEachPlaceholderReplaced() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\{(\\{?)([a-zA-Z0-9_.-]+)}}(}?)");
        for (String name : new String[] {"app", "autopost", "error", "platform-storage-launch", "platform-storage-login",
                "dynamic-registration", "emulator-page"}) {
            String source;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/" + name + ".html")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> values = new HashMap<>();
            Matcher names = placeholder.matcher(source);
            while (names.find()) {
                values.put(names.group(2), "<" + names.group(2) + " & \"value\">");
            }
            assertThat(values).as(name + " has placeholders").isNotEmpty();
            StringBuilder expected = new StringBuilder();
            Matcher each = placeholder.matcher(source);
            while (each.find()) {
                String value = values.get(each.group(2));
                each.appendReplacement(expected, Matcher.quoteReplacement(each.group(1).isEmpty()
                        ? value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;") : value));
            }
            each.appendTail(expected);

            assertThat(PageTemplate.named(name).render(values)).as(name).isEqualTo(expected.toString());
        }
    }
}
