package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInConductTest {

    @Test
    void frenchAndGermanReadersGetTheCodeInTheirLanguage() {
        assertThat(BuiltInConduct.in(Locale.FRENCH)).get().asString().startsWith("Cet espace sert à apprendre ensemble")
                .contains("**Signaler**");
        assertThat(BuiltInConduct.in(Locale.forLanguageTag("de-AT"))).get().asString().startsWith("Dieser Bereich ist zum gemeinsamen Lernen da")
                .contains("**Melden**");
    }

    @Test
    void englishAndLanguagesWithoutATranslationKeepTheOriginal() {
        assertThat(BuiltInConduct.in(Locale.ENGLISH)).isEmpty();
        assertThat(BuiltInConduct.in(Locale.JAPANESE)).isEmpty();
        assertThat(BuiltInConduct.in(null)).isEmpty();
        assertThat(BuiltInConduct.in(Locale.forLanguageTag("x-../../etc"))).isEmpty();
    }
}
