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
