package org.thirdspace.community.artifact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The first words of an artifact made from a conversation: the chosen type's template in the
 * artifact's language, the opening post in the first section, the cited replies gathered in the
 * type's gathering section (tick boxes for a checklist, points otherwise, paragraphs for an FAQ's
 * answer), each with its citation number, and the sources at the end under "From the conversation".
 * Quoted text is plain text with Markdown's punctuation escaped, so what someone wrote cannot turn
 * into headings or links of the artifact.
 */
public final class ArtifactDraft {

    /** Each quotation is cut to this length; the citation keeps the longer excerpt. */
    public static final int MAX_QUOTE = 600;

    private ArtifactDraft() {
    }

    /** A piece of the conversation to cite: its number, author's name, plain text, date, and whether it opened the thread. */
    public record Quote(int position, String author, String text, Instant writtenAt, boolean opening) {
    }

    public static String markdown(ArtifactType type, String locale, String threadTitle, List<Quote> quotes) {
        StringBuilder markdown = new StringBuilder();
        for (String section : type.sections()) {
            markdown.append("## ").append(ArtifactTemplate.heading(locale, section)).append("\n\n");
            if (section.equals(type.sections().get(0))) {
                quotes.stream().filter(Quote::opening).forEach(q -> markdown.append(escape(cut(q.text()))).append(" [").append(q.position())
                        .append("]\n\n"));
            } else if (section.equals(type.gatheringSection())) {
                for (Quote quote : quotes) {
                    if (quote.opening()) {
                        continue;
                    }
                    String text = escape(cut(quote.text()).replaceAll("\\s+", " "));
                    if (type == ArtifactType.FAQ) {
                        markdown.append(text).append(" [").append(quote.position()).append("]\n\n");
                    } else {
                        markdown.append(type.ticks() ? "- [ ] " : "- ").append(text).append(" [").append(quote.position()).append("]\n");
                    }
                }
                markdown.append('\n');
            } else {
                markdown.append('\n');
            }
        }
        markdown.append("## ").append(ArtifactTemplate.heading(locale, "sources")).append("\n\n");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(ArtifactTemplate.locale(locale)));
        for (Quote quote : quotes) {
            markdown.append("- \\[").append(quote.position()).append("\\] ").append(escape(quote.author())).append(", “")
                    .append(escape(threadTitle)).append("”, ")
                    .append(LocalDate.ofInstant(quote.writtenAt(), ZoneOffset.UTC).format(date)).append('\n');
        }
        return markdown.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static String cut(String text) {
        String stripped = text.strip();
        return stripped.length() <= MAX_QUOTE ? stripped : stripped.substring(0, MAX_QUOTE - 1).stripTrailing() + "…";
    }

    /** Backslash before each ASCII punctuation character that Markdown gives a meaning. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
