package org.thirdspace.application.discussion;

import org.owasp.encoder.Encode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short piece of a post around the first search term, HTML-encoded, with every term wrapped in
 * {@code <mark>}. The text between marks is encoded piece by piece, so the only markup in a
 * snippet is the highlighting.
 */
final class Snippet {

    private static final int WIDTH = 220;

    private Snippet() {
    }

    static String of(String text, String title, List<String> terms) {
        String source = text == null || text.isBlank() ? (title == null ? "" : title) : text;
        String lower = source.toLowerCase(Locale.ROOT);
        int first = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, first - WIDTH / 3);
        int end = Math.min(source.length(), start + WIDTH);
        String piece = (start > 0 ? "…" : "") + source.substring(start, end).replaceAll("\\s+", " ") + (end < source.length() ? "…" : "");
        if (terms.isEmpty()) {
            return Encode.forHtml(piece);
        }
        Pattern pattern = Pattern.compile(String.join("|", terms.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(piece);
        StringBuilder html = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            html.append(Encode.forHtml(piece.substring(at, matcher.start())))
                    .append("<mark>").append(Encode.forHtml(matcher.group())).append("</mark>");
            at = matcher.end();
        }
        return html.append(Encode.forHtml(piece.substring(at))).toString();
    }
}
