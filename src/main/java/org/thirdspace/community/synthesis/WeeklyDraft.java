package org.thirdspace.community.synthesis;

import org.thirdspace.community.artifact.ArtifactDraft;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.community.artifact.ArtifactType;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first words of a week's synthesis, in Markdown, under the weekly-synthesis template's
 * headings: this week (the key sentences, each quoted and linked to its post, and the key
 * phrases), most discussed, still open, new here (members and tags). Quoted words are escaped, so a
 * post cannot turn into headings or links of the synthesis.
 */
public final class WeeklyDraft {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("title", "This week in the space: %s", "people", "%d people, %d posts", "phrases", "Key phrases",
                    "members", "New members", "tags", "New tags", "nothing", "Nothing this week.", "asked", "asked %s"),
            "fr", Map.of("title", "Cette semaine dans l’espace : %s", "people", "%d personnes, %d messages", "phrases", "Expressions clés",
                    "members", "Nouveaux membres", "tags", "Nouveaux mots-clés", "nothing", "Rien cette semaine.", "asked", "demandé le %s"),
            "de", Map.of("title", "Diese Woche im Raum: %s", "people", "%d Personen, %d Beiträge", "phrases", "Schlüsselbegriffe",
                    "members", "Neue Mitglieder", "tags", "Neue Schlagwörter", "nothing", "Nichts in dieser Woche.",
                    "asked", "gefragt am %s"));

    private WeeklyDraft() {
    }

    public static String title(String locale, Week week) {
        return String.format(words(locale).get("title"), date(locale).format(week.monday()));
    }

    public static String markdown(String locale, WeekDigest digest) {
        Map<String, String> words = words(locale);
        StringBuilder md = new StringBuilder();
        List<String> sections = ArtifactType.WEEKLY_SYNTHESIS.sections();

        heading(md, locale, sections.get(0));
        for (CitedSentence sentence : digest.keySentences()) {
            md.append("- “").append(ArtifactDraft.escape(sentence.text())).append("” — ")
                    .append(link(sentence.threadTitle(), "#/threads/" + sentence.threadId() + "?post=" + sentence.postId())).append('\n');
        }
        if (!digest.keyPhrases().isEmpty()) {
            md.append("\n").append(words.get("phrases")).append(": ")
                    .append(String.join(", ", digest.keyPhrases().stream().map(ArtifactDraft::escape).toList())).append('\n');
        }
        nothingIf(md, words, digest.keySentences().isEmpty() && digest.keyPhrases().isEmpty());

        heading(md, locale, sections.get(1));
        for (ThreadParticipation thread : digest.mostParticipation()) {
            md.append("- ").append(link(thread.title(), "#/threads/" + thread.threadId())).append(" — ")
                    .append(String.format(words.get("people"), thread.people(), thread.posts())).append('\n');
        }
        nothingIf(md, words, digest.mostParticipation().isEmpty());

        heading(md, locale, sections.get(2));
        DateTimeFormatter date = date(locale);
        for (QuietThread question : digest.unanswered()) {
            md.append("- ").append(link(question.title(), "#/threads/" + question.threadId())).append(" — ")
                    .append(String.format(words.get("asked"), date.format(question.openedAt().atZone(java.time.ZoneOffset.UTC))))
                    .append('\n');
        }
        nothingIf(md, words, digest.unanswered().isEmpty());

        heading(md, locale, sections.get(3));
        if (!digest.newMembers().isEmpty()) {
            md.append(words.get("members")).append(": ")
                    .append(String.join(", ", digest.newMembers().stream().map(m -> ArtifactDraft.escape(m.name())).toList())).append('\n');
        }
        if (!digest.newTags().isEmpty()) {
            md.append("\n").append(words.get("tags")).append(": ")
                    .append(String.join(", ", digest.newTags().stream().map(t -> "\\#" + ArtifactDraft.escape(t)).toList())).append('\n');
        }
        nothingIf(md, words, digest.newMembers().isEmpty() && digest.newTags().isEmpty());
        return md.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void heading(StringBuilder md, String locale, String section) {
        md.append("\n## ").append(ArtifactTemplate.heading(locale, section)).append("\n\n");
    }

    private static void nothingIf(StringBuilder md, Map<String, String> words, boolean nothing) {
        if (nothing) {
            md.append(words.get("nothing")).append('\n');
        }
    }

    /** A link whose text is the escaped title (a title cannot close the link early). */
    private static String link(String title, String target) {
        return "[" + ArtifactDraft.escape(title == null ? "…" : title) + "](" + target + ")";
    }

    private static DateTimeFormatter date(String locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(ArtifactTemplate.locale(locale)));
    }

    private static Map<String, String> words(String locale) {
        return WORDS.getOrDefault(ArtifactTemplate.locale(locale), WORDS.get("en"));
    }
}
