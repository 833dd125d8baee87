package org.thirdspace.community.moderation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches a post's plain text against the organisation's watch terms: case-insensitive, as whole
 * words (so "ass" does not match "class"); a term of several words matches them in sequence.
 */
public final class WatchList {

    private WatchList() {
    }

    public static Optional<String> firstMatch(Collection<String> terms, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT).trim();
            if (!t.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])").matcher(lower).find()) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** A term as stored: trimmed, inner spaces collapsed, lower case. */
    public static String normalise(String term) {
        return term == null ? "" : term.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
