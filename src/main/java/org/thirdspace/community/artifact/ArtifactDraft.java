package org.thirdspace.community.artifact;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first words of an artifact made from a conversation: the chosen type's template in the
 * artifact's language, the opening post in the first section, the cited replies gathered in the
 * type's gathering section (tick boxes for a checklist, points otherwise, paragraphs for an FAQ's
 * answer), each with its citation number. The sources themselves are not written into the words:
 * the page shows them once, from the citations, with the excerpts and a way back to the thread,
 * and the exports add them (a list in the body as well showed them twice).
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
        return markdown.toString().replaceAll("\n{3,}", "\n\n");
    }

    /**
     * A body's HTML without the list of sources that drafts made before wrote at its end (under
     * the "sources" heading of its language): the page and the exports cite the sources from the
     * citations, and the list in the words showed them a second time. A body whose words go on
     * after that list keeps it.
     */
    public static String withoutSourcesList(String html, String locale) {
        if (html == null) {
            return null;
        }
        Pattern list = Pattern.compile("<h2>" + Pattern.quote(ArtifactTemplate.heading(locale, "sources"))
                + "</h2>\\s*<ul>(?:(?!</ul>).)*</ul>\\s*$", Pattern.DOTALL);
        return list.matcher(html).replaceFirst("");
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
