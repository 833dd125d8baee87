package org.thirdspace.web.api;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.owasp.encoder.Encode;
import org.thirdspace.application.artifact.ArtifactView;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.content.TaskListItems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * An artifact as a file to keep or print: Markdown, a standalone HTML page (XHTML, so that the
 * same page is what the PDF is made from), and PDF rendered from that page by openhtmltopdf over
 * Apache PDFBox. The labels are in the artifact's language; the body is the HTML the renderer and
 * sanitizer produced when it was written, never re-rendered from the Markdown here.
 */
final class ArtifactDocuments {

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.ofEntries(Map.entry("steward", "Steward"), Map.entry("version", "Version"), Map.entry("review", "Review by"),
                    Map.entry("past", "Past its review date: check it against current practice before relying on it."),
                    Map.entry("JOB_AID", "Job aid"), Map.entry("CHECKLIST", "Checklist"), Map.entry("FAQ", "FAQ"),
                    Map.entry("WORKED_EXAMPLE", "Worked example"), Map.entry("DECISION_GUIDE", "Decision guide"),
                    Map.entry("WORKING_OUT_LOUD", "Working-out-loud note"), Map.entry("WEEKLY_SYNTHESIS", "Weekly synthesis"),
                    Map.entry("MEETING_NOTES", "Meeting notes"), Map.entry("DRAFT", "Draft"), Map.entry("PEER_REVIEWED", "Peer reviewed"),
                    Map.entry("EXPERT_VERIFIED", "Expert verified"), Map.entry("OBSOLETE", "Obsolete"),
                    Map.entry("from", "from the conversation"), Map.entry("cited", "The words cited, as they were")),
            "fr", Map.ofEntries(Map.entry("steward", "Responsable"), Map.entry("version", "Version"), Map.entry("review", "À revoir le"),
                    Map.entry("past", "Date de révision dépassée : vérifiez-le avec les pratiques actuelles avant de vous y fier."),
                    Map.entry("JOB_AID", "Aide-mémoire"), Map.entry("CHECKLIST", "Liste de contrôle"), Map.entry("FAQ", "FAQ"),
                    Map.entry("WORKED_EXAMPLE", "Exemple commenté"), Map.entry("DECISION_GUIDE", "Guide de décision"),
                    Map.entry("WORKING_OUT_LOUD", "Note de travail partagé"), Map.entry("WEEKLY_SYNTHESIS", "Synthèse de la semaine"),
                    Map.entry("MEETING_NOTES", "Compte rendu de réunion"), Map.entry("DRAFT", "Brouillon"),
                    Map.entry("PEER_REVIEWED", "Relu par un pair"), Map.entry("EXPERT_VERIFIED", "Vérifié par un expert"),
                    Map.entry("OBSOLETE", "Obsolète"), Map.entry("from", "tiré de la conversation"),
                    Map.entry("cited", "Les passages cités, tels qu’ils étaient")),
            "de", Map.ofEntries(Map.entry("steward", "Verantwortlich"), Map.entry("version", "Version"), Map.entry("review", "Prüfen bis"),
                    Map.entry("past", "Prüfdatum überschritten: vor dem Gebrauch mit der aktuellen Praxis abgleichen."),
                    Map.entry("JOB_AID", "Arbeitshilfe"), Map.entry("CHECKLIST", "Checkliste"), Map.entry("FAQ", "FAQ"),
                    Map.entry("WORKED_EXAMPLE", "Ausgearbeitetes Beispiel"), Map.entry("DECISION_GUIDE", "Entscheidungshilfe"),
                    Map.entry("WORKING_OUT_LOUD", "Working-out-loud-Notiz"), Map.entry("WEEKLY_SYNTHESIS", "Wochensynthese"),
                    Map.entry("MEETING_NOTES", "Besprechungsnotizen"), Map.entry("DRAFT", "Entwurf"),
                    Map.entry("PEER_REVIEWED", "Von Peers geprüft"), Map.entry("EXPERT_VERIFIED", "Von Fachleuten bestätigt"),
                    Map.entry("OBSOLETE", "Veraltet"), Map.entry("from", "aus dem Gespräch"),
                    Map.entry("cited", "Die zitierten Stellen, wie sie waren")));

    /**
     * The PDF's font, embedded: Liberation Sans (SIL Open Font License 1.1), which Apache PDFBox
     * ships as its own fallback font, so it is on the classpath already. The PDF standard's 14
     * fonts only know WinAnsi's Latin, and lose letters such as ł or ő.
     */
    private static final String PDF_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PDF_FONT_FAMILY = "Liberation Sans";
    /** Liberation Sans has no ☐: in the PDF the tick box is drawn. */
    private static final String PDF_STYLE = "body{font-family:'" + PDF_FONT_FAMILY + "',sans-serif;}"
            + ".tick{display:inline-block;width:8pt;height:8pt;border:1pt solid #333;color:transparent;margin-right:2pt;}";

    private static final String STYLE = "body{font-family:sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;margin:2em;}"
            + "h1{font-size:20pt;margin:0.2em 0;}h2{font-size:14pt;margin-top:1.2em;border-bottom:1px solid #ccc;}"
            + ".kind{text-transform:uppercase;font-size:9pt;letter-spacing:0.05em;color:#555;margin:0;}"
            + ".meta{color:#444;font-size:9.5pt;}.notice{border:1px solid #b25000;padding:0.5em;color:#7a3600;}"
            + "blockquote{margin:0.3em 0 0.8em 1em;padding-left:0.8em;border-left:3px solid #ccc;color:#333;}"
            + "li.ts-task{list-style:none;}label{display:inline;}@page{size:A4;margin:18mm;}";

    private ArtifactDocuments() {
    }

    static String markdown(ArtifactView view) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(view.title()).append("\n\n");
        md.append("*").append(label(view, view.type())).append(" · ").append(label(view, view.verification())).append(" · ")
                .append(label(view, "steward")).append(": ").append(view.steward().name()).append(" · ").append(label(view, "version"))
                .append(' ').append(view.version()).append(" · ").append(label(view, "review")).append(' ')
                .append(date(view, view.reviewDueAt())).append("*\n\n");
        if (view.pastReview()) {
            md.append("> ").append(label(view, "past")).append("\n\n");
        }
        md.append(view.markdown().strip()).append('\n');
        if (!view.markdown().contains("## " + ArtifactTemplate.heading(view.locale(), "sources"))) {
            md.append("\n## ").append(ArtifactTemplate.heading(view.locale(), "sources")).append("\n\n");
            for (ArtifactView.Source source : view.provenance()) {
                md.append("- [").append(source.position()).append("] ").append(source.author()).append(", “").append(source.threadTitle())
                        .append("”, ").append(date(view, source.writtenAt())).append('\n');
            }
        }
        return md.toString();
    }

    /** A standalone, well-formed XHTML page with print styles. */
    static String html(ArtifactView view) {
        return html(view, "");
    }

    private static String html(ArtifactView view, String extraStyle) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(Encode.forXmlAttribute(view.locale())).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(Encode.forXml(view.title())).append("</title><style>").append(STYLE).append(extraStyle).append("</style></head><body><article>")
                .append("<p class=\"kind\">").append(Encode.forXml(label(view, view.type()) + " · " + label(view, view.verification())))
                .append("</p><h1>").append(Encode.forXml(view.title())).append("</h1><p class=\"meta\">")
                .append(Encode.forXml(label(view, "steward") + ": " + view.steward().name() + " · " + label(view, "version") + " "
                        + view.version() + " · " + label(view, "review") + " " + date(view, view.reviewDueAt())))
                .append("</p>");
        if (view.pastReview()) {
            html.append("<p class=\"notice\">").append(Encode.forXml(label(view, "past"))).append("</p>");
        }
        // A tick box on paper is ☐, not a form control (TaskListItems).
        html.append("<div class=\"body\">").append(TaskListItems.asBallotBoxes(view.html())
                .replace("\u2610", "<span class=\"tick\">\u2610</span>").replace("\u2611", "<span class=\"tick\">\u2611</span>"))
                .append("</div>");
        html.append("<section><h2>").append(Encode.forXml(label(view, "cited"))).append("</h2>");
        for (ArtifactView.Source source : view.provenance()) {
            html.append("<div class=\"source\"><p>[").append(source.position()).append("] ")
                    .append(Encode.forXml(source.author() + ", " + label(view, "from") + " “" + source.threadTitle() + "”, "
                            + date(view, source.writtenAt()))).append("</p><blockquote>").append(Encode.forXml(source.excerpt()))
                    .append("</blockquote></div>");
        }
        return html.append("</section></article></body></html>\n").toString();
    }

    static byte[] pdf(ArtifactView view) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfRendererBuilder.class.getResourceAsStream(PDF_FONT), PDF_FONT_FAMILY);
            builder.withHtmlContent(html(view, PDF_STYLE), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(ArtifactView view, String key) {
        return LABELS.get(ArtifactTemplate.locale(view.locale())).getOrDefault(key, key);
    }

    private static String date(ArtifactView view, java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(ArtifactTemplate.locale(view.locale()))));
    }
}
