package org.thirdspace.application.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in code of conduct in the reader's language: {@code i18n/conduct_<language>.md} next
 * to the UI's strings, read once. It is one version (version 0) in every language, so accepting it
 * in French is accepting it; English, the original, is the domain's own text.
 */
final class BuiltInConduct {

    private static final Map<String, Optional<String>> TRANSLATIONS = new ConcurrentHashMap<>();

    private BuiltInConduct() {
    }

    /** The translation into {@code language}, or empty for English and languages without one. */
    static Optional<String> in(Locale language) {
        if (language == null || language.getLanguage().isEmpty() || "en".equals(language.getLanguage())) {
            return Optional.empty();
        }
        return TRANSLATIONS.computeIfAbsent(language.getLanguage(), BuiltInConduct::read);
    }

    private static Optional<String> read(String language) {
        if (!language.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        try (InputStream in = BuiltInConduct.class.getClassLoader().getResourceAsStream("i18n/conduct_" + language + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
