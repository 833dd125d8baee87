package org.thirdspace.http.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void theLaunchLocaleIsUsedWithEnglishAsTheFallback() {
        assertThat(Messages.forTag("fr-CA").locale()).isEqualTo(Locale.FRENCH);
        assertThat(Messages.forTag("de_DE").get("lti.launch.deployment-unknown.explanation", "d-1")).startsWith("Bitten Sie").contains("d-1");
        assertThat(Messages.forTag("ja-JP").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forTag(null).get("lti.launch.deployment-unknown", "d-1")).isEqualTo("Thirdspace is not approved for this LMS installation yet");
        assertThat(Messages.forTag("xx").get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void everyTranslationHasEveryEnglishKey() throws IOException {
        Properties english = load("");
        for (Locale locale : Messages.SUPPORTED) {
            if (locale.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties translated = load("_" + locale.getLanguage());
            assertThat(translated.stringPropertyNames()).as(locale.toString()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    /**
     * The browser reads ICU-style plural choices, {0, plural, one {…} other {…}}: every one of
     * them has balanced braces and an "other" branch, in every language.
     */
    @Test
    void pluralChoicesForTheBrowserAreWellFormed() throws IOException {
        for (String suffix : new String[] {"", "_fr", "_de"}) {
            Properties strings = load(suffix);
            for (String key : strings.stringPropertyNames()) {
                String pattern = strings.getProperty(key);
                int depth = 0;
                for (char c : pattern.toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth).as(suffix + " " + key).isNotNegative();
                }
                assertThat(depth).as(suffix + " " + key).isZero();
                if (pattern.contains(", plural,")) {
                    assertThat(pattern).as(suffix + " " + key).matches("(?s).*\\bother \\{.*");
                }
            }
        }
    }

    @Test
    void countsThatChangeTheWordsArePluralChoices() throws IOException {
        for (String suffix : new String[] {"", "_fr", "_de"}) {
            Properties strings = load(suffix);
            for (String key : new String[] {"ui.thread.replies", "ui.space.members", "ui.search.count", "ui.moderation.reporters"}) {
                assertThat(strings.getProperty(key)).as(suffix + " " + key).startsWith("{0, plural,");
            }
        }
    }

    @Test
    void apostrophesInPatternsReadAsOneWithOrWithoutArguments() {
        assertThat(Messages.forTag("en").get("lti.launch.invalid-token")).isEqualTo("Your LMS's sign-in message could not be verified");
    }

    @Test
    void apostrophesAreEscapedForMessageFormat() {
        assertThat(Messages.forTag("fr").get("lti.launch.deployment-unknown.explanation", "d-1"))
                .contains("l'administrateur").contains("d-1");
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("i18n/messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
