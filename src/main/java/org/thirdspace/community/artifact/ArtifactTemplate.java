package org.thirdspace.community.artifact;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The section headings of each type in the languages the tool speaks (English, French, German),
 * and the Markdown skeleton a new artifact starts from. An artifact is written in one locale; a
 * locale the tool does not speak gets English headings.
 */
public final class ArtifactTemplate {

    public static final List<String> LOCALES = List.of("en", "fr", "de");

    private static final Map<String, Map<String, String>> HEADINGS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("when", "When to use it"), Map.entry("steps", "Steps"), Map.entry("tips", "Tips"),
                    Map.entry("before", "Before you start"), Map.entry("items", "Checklist"), Map.entry("done", "Done when"),
                    Map.entry("question", "Question"), Map.entry("answer", "Answer"),
                    Map.entry("situation", "The situation"), Map.entry("what_was_done", "What was done"),
                    Map.entry("why_it_worked", "Why it worked"), Map.entry("try_it", "Try it yourself"),
                    Map.entry("decision", "The decision"), Map.entry("options", "Options"),
                    Map.entry("how_to_choose", "How to choose"), Map.entry("watch_out", "Watch out for"),
                    Map.entry("working_on", "What I am working on"), Map.entry("learned", "What I learned"),
                    Map.entry("need_help", "Where I would like help"),
                    Map.entry("this_week", "This week"), Map.entry("most_discussed", "Most discussed"),
                    Map.entry("still_open", "Still open"), Map.entry("new_here", "New here"),
                    Map.entry("present", "Who was there"), Map.entry("discussed", "What was discussed"),
                    Map.entry("decisions", "Decisions"), Map.entry("next_steps", "Next steps"),
                    Map.entry("sources", "From the conversation")),
            "fr", Map.ofEntries(
                    Map.entry("when", "Quand l’utiliser"), Map.entry("steps", "Étapes"), Map.entry("tips", "Conseils"),
                    Map.entry("before", "Avant de commencer"), Map.entry("items", "Liste de contrôle"), Map.entry("done", "C’est terminé quand"),
                    Map.entry("question", "Question"), Map.entry("answer", "Réponse"),
                    Map.entry("situation", "La situation"), Map.entry("what_was_done", "Ce qui a été fait"),
                    Map.entry("why_it_worked", "Pourquoi cela a fonctionné"), Map.entry("try_it", "À vous d’essayer"),
                    Map.entry("decision", "La décision"), Map.entry("options", "Options"),
                    Map.entry("how_to_choose", "Comment choisir"), Map.entry("watch_out", "Points de vigilance"),
                    Map.entry("working_on", "Ce sur quoi je travaille"), Map.entry("learned", "Ce que j’ai appris"),
                    Map.entry("need_help", "Où j’aimerais de l’aide"),
                    Map.entry("this_week", "Cette semaine"), Map.entry("most_discussed", "Les plus discutés"),
                    Map.entry("still_open", "Encore ouvert"), Map.entry("new_here", "Nouveaux venus"),
                    Map.entry("present", "Présents"), Map.entry("discussed", "Ce qui a été discuté"),
                    Map.entry("decisions", "Décisions"), Map.entry("next_steps", "Prochaines étapes"),
                    Map.entry("sources", "Tiré de la conversation")),
            "de", Map.ofEntries(
                    Map.entry("when", "Wann es hilft"), Map.entry("steps", "Schritte"), Map.entry("tips", "Tipps"),
                    Map.entry("before", "Bevor Sie beginnen"), Map.entry("items", "Checkliste"), Map.entry("done", "Fertig, wenn"),
                    Map.entry("question", "Frage"), Map.entry("answer", "Antwort"),
                    Map.entry("situation", "Die Ausgangslage"), Map.entry("what_was_done", "Was getan wurde"),
                    Map.entry("why_it_worked", "Warum es funktioniert hat"), Map.entry("try_it", "Probieren Sie es selbst"),
                    Map.entry("decision", "Die Entscheidung"), Map.entry("options", "Möglichkeiten"),
                    Map.entry("how_to_choose", "Wie Sie wählen"), Map.entry("watch_out", "Worauf Sie achten sollten"),
                    Map.entry("working_on", "Woran ich arbeite"), Map.entry("learned", "Was ich gelernt habe"),
                    Map.entry("need_help", "Wobei ich Hilfe möchte"),
                    Map.entry("this_week", "Diese Woche"), Map.entry("most_discussed", "Am meisten besprochen"),
                    Map.entry("still_open", "Noch offen"), Map.entry("new_here", "Neu dabei"),
                    Map.entry("present", "Wer dabei war"), Map.entry("discussed", "Was besprochen wurde"),
                    Map.entry("decisions", "Entscheidungen"), Map.entry("next_steps", "Nächste Schritte"),
                    Map.entry("sources", "Aus dem Gespräch")));

    private ArtifactTemplate() {
    }

    /** The locale an artifact is written in: one the tool speaks, English otherwise. */
    public static String locale(String requested) {
        if (requested == null || requested.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
        return LOCALES.contains(language) ? language : "en";
    }

    public static String heading(String locale, String section) {
        return HEADINGS.get(locale(locale)).get(section);
    }

    /** The type's empty skeleton: a level-two heading per section. */
    public static String skeleton(ArtifactType type, String locale) {
        StringBuilder markdown = new StringBuilder();
        for (String section : type.sections()) {
            markdown.append("## ").append(heading(locale, section)).append("\n\n\n");
        }
        return markdown.toString().stripTrailing() + "\n";
    }
}
