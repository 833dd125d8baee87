package org.thirdspace.web.api;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thirdspace.application.artifact.ArtifactView;
import org.thirdspace.application.artifact.MakeArtifact;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

/** Exports of an artifact made from a conversation: Markdown, a printable XHTML page, and a PDF that opens and says its title. */
class ArtifactDocumentsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor ada = community.join(space, aMember().named("Ada Okafor"));
    final Actor bea = community.join(space, aMember().named("Bea Müller"));

    ArtifactView view(String locale, Duration later) {
        var thread = community.thread(space, ada, aThread().titled("Erste Woche").saying("Wie begrüßt ihr neue Kolleginnen & Kollegen?"));
        community.reply(thread, bea, "Das Formular für den Ausweis \"vorher\" schicken & abheften.");
        community.reply(thread, ada, "Łukasz zeigt den Weg zur Kantine.");
        Artifact artifact = community.makeArtifact().make(ada, thread.id(), null,
                new MakeArtifact.Request("CHECKLIST", "Neue Kolleg:innen begrüßen", locale, null, List.of(), null), NOW);
        return community.showArtifact().show(ada, artifact.id(), NOW.plus(later));
    }

    @Test
    void thePdfOpensAndContainsTheTitleTheChecklistAndItsSources() throws Exception {
        byte[] pdf = ArtifactDocuments.pdf(view("de", Duration.ZERO));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "artifact-export.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Neue Kolleg:innen begrüßen", "Checkliste", "Das Formular für den Ausweis \"vorher\" schicken & abheften.",
                    "Łukasz zeigt den Weg", "aus dem Gespräch", "Bea Müller").doesNotContain("[ ]");
            // Its words are in an embedded font, not one of the standard 14 (which have no Ł).
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Neue Kolleg:innen begrüßen");
        }
    }

    @Test
    void theHtmlIsAStandalonePageThatEscapesWhatPeopleWroteAndSaysWhenItIsPastItsReview() {
        String html = ArtifactDocuments.html(view("en", Duration.ofDays(100)));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Neue Kolleg:innen begrüßen</title>", "@page",
                "Past its review date", "Ausweis &#34;vorher&#34; schicken &amp; abheften", "from the conversation “Erste Woche”").doesNotContain("<script");
        // The checklist's items are tick boxes on paper, and the sources are there once.
        assertThat(html).contains("\u2610").doesNotContain("[ ]", "<input");
        assertThat(html.split("Erste Woche”", -1)).as("each of the 3 sources cited once").hasSize(4);
        String markdown = ArtifactDocuments.markdown(view("fr", Duration.ZERO));
        assertThat(markdown).startsWith("# Neue Kolleg:innen begrüßen\n\n*Liste de contrôle · Brouillon · Responsable: Ada Okafor")
                .contains("## Liste de contrôle", "## Tiré de la conversation");
    }
}
