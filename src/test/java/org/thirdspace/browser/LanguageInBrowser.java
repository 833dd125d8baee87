package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI in French and German, as the LMS asks (Chen Wei's launches say fr-FR, Elif Kaya's de-DE):
 * plural forms chosen by the language's own rules ("1 réponse" / "2 réponses", "1 Antwort" /
 * "2 Antworten"), member counts written the language's way (1 202 · 1.202), the built-in code of
 * conduct translated, and the search field's placeholder never cut off, at 1280 and at 390 px.
 */
@ExtendWith(ToolServer.class)
class LanguageInBrowser {

    @Test
    void pluralsNumbersCodeOfConductAndPlaceholdersInFrenchAndGerman(ToolClient tool) throws Exception {
        String course = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        // 1,200 generated learners besides the directory's people: the count needs a thousands separator.
        assertThat(tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"title\": \"Langues\", \"learners\": [\"chen\", \"elif\"], \"size\": 1200}").status()).isEqualTo(200);
        try (Chromium grace = new Chromium(); Chromium chen = new Chromium(); Chromium elif = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Langues community");
            Steps.startThread(grace, "One answer", "Who answers first?");
            Steps.reply(grace, "Me.");
            Steps.spaceHome(grace);
            Steps.startThread(grace, "Two answers", "Who answers twice?");
            Steps.reply(grace, "First.");
            Steps.reply(grace, "Second.");
            Steps.spaceHome(grace);
            Steps.startThread(grace, "No answer yet", "Quiet here.");

            chen.open(Steps.coursePage(tool, course, "chen"));
            chen.intoTool();
            chen.await(By.id("space-title"));
            assertThat(chen.js("return document.documentElement.lang")).isEqualTo("fr");
            chen.awaitText(By.id("ts-conduct"), "Cet espace sert à apprendre ensemble");
            assertThat(chen.await(By.id("ts-conduct")).getText()).contains("Critiquez les idées, jamais les personnes")
                    .doesNotContain("This space is for learning together");
            assertThat(Accessibility.atBothWidths(chen, "language-1-code-of-conduct-fr")).as("axe on the French code").isEmpty();
            chen.acceptConduct();
            assertThat(replies(chen, "One answer")).contains("1 réponse").doesNotContain("réponses");
            assertThat(replies(chen, "Two answers")).contains("2 réponses");
            assertThat(replies(chen, "No answer yet")).contains("aucune réponse");
            awaitMembers(chen, "1\u202f20[0-9] membres");
            placeholderFits(chen, "fr");
            assertThat(Accessibility.atBothWidths(chen, "language-2-space-fr")).as("axe on the French space").isEmpty();

            elif.open(Steps.coursePage(tool, course, "elif"));
            elif.intoTool();
            elif.await(By.id("space-title"));
            assertThat(elif.js("return document.documentElement.lang")).isEqualTo("de");
            elif.awaitText(By.id("ts-conduct"), "Dieser Bereich ist zum gemeinsamen Lernen da");
            elif.acceptConduct();
            assertThat(replies(elif, "One answer")).contains("1 Antwort").doesNotContain("Antworten");
            assertThat(replies(elif, "Two answers")).contains("2 Antworten");
            awaitMembers(elif, "1\\.20[0-9] Mitglieder");
            placeholderFits(elif, "de");
            assertThat(Accessibility.atBothWidths(elif, "language-3-space-de")).as("axe on the German space").isEmpty();
            elif.click(By.linkText("Two answers"));
            elif.awaitText(By.cssSelector("main h1"), "Two answers");
            assertThat(elif.await(By.cssSelector("main h1 + .ts-meta")).getText()).contains("2 Antworten");
        }
    }

    /** The line under a conversation in the space's list. */
    private static String replies(Chromium browser, String title) {
        return browser.await(By.xpath("//li[contains(@class,'ts-thread')][.//a[normalize-space()='" + title + "']]//div[@class='ts-meta']"))
                .getText();
    }

    /** The roster sync the instructor's launch started brings the count to 1,200 and some. */
    private static void awaitMembers(Chromium browser, String pattern) {
        browser.waiting(90).until(d -> {
            browser.reloadTool();
            return browser.await(By.id("ts-space-facts")).getText().matches("(?s).*" + pattern + ".*");
        });
    }

    /** The search field's placeholder fits in the field (measured in its own font), at both widths. */
    private static void placeholderFits(Chromium browser, String language) {
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                browser.phoneWidth();
            }
            try {
                WebElement search = browser.await(By.id("ts-search"));
                Boolean fits = (Boolean) browser.js("const f = arguments[0], s = getComputedStyle(f);"
                        + "const c = document.createElement('canvas').getContext('2d'); c.font = s.font;"
                        + "const room = f.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                        + "return c.measureText(f.placeholder).width <= room;", search);
                assertThat(fits).as(language + " placeholder '" + search.getAttribute("placeholder") + "' at " + (phone ? "390" : "1280") + " px")
                        .isTrue();
            } finally {
                if (phone) {
                    browser.desktopWidth();
                }
            }
        }
    }
}
