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
 * The week's synthesis: Ada and Lin talk about handover notes; Grace, who facilitates the space,
 * opens "This week", drafts it (the key sentences link to their posts), edits the title and the
 * text, publishes, and the synthesis is at the top of the space for Ada too. axe on every step,
 * screenshots at both widths.
 */
@ExtendWith(ToolServer.class)
class WeeklySynthesisInBrowser {

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "synthesis-" + page)).as("axe on " + page).isEmpty();
    }

    @Test
    void theFacilitatorDraftsEditsAndPublishesTheWeekWhichThenLeadsTheSpace(ToolClient tool) throws Exception {
        String course = "synthesis-" + UUID.randomUUID().toString().substring(0, 8);
        ToolClient.Reply made = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": 0, \"pageSize\": 10, \"groups\": 0, \"title\": \"Synthesis course\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        String thread = "Handover notes " + UUID.randomUUID().toString().substring(0, 6);
        String title = "Our week: handover notes " + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Synthesis community");
            Steps.enter(ada, tool, course, "ada");
            Steps.startThread(ada, thread, "Written handover notes prevent repeated mistakes between the night shift and the day shift.");
            Steps.reply(ada, "A short template for handover notes would help the night shift most.");

            Steps.enter(grace, tool, course, "grace");
            grace.click(By.linkText(thread));
            Steps.reply(grace, "Handover notes between the shifts saved me twice this week.");
            Steps.spaceHome(grace);

            // "This week": nothing drafted yet; the draft shows its sections, each key sentence linked to its post.
            grace.click(By.id("ts-this-week-link"));
            grace.awaitText(By.cssSelector("main h1"), "This week");
            accessible(grace, "1-none");
            grace.click(By.id("ts-synthesis-draft"));
            grace.await(By.id("ts-synthesis-sections"));
            WebElement sentence = grace.await(By.cssSelector("#ts-synthesis-sentence-list li a"));
            assertThat(sentence.getAttribute("href")).contains("#/threads/", "?post=");
            assertThat(grace.await(By.id("ts-synthesis-sentence-list")).getText()).containsIgnoringCase("handover notes");
            assertThat(grace.await(By.id("ts-synthesis-most-list")).getText()).contains(thread, "2 people, 3 posts");
            assertThat(grace.await(By.id("ts-synthesis-publish")).getText()).isEqualTo("Publish");
            accessible(grace, "2-draft");

            // Edited, then published: it leads the space, for Ada too.
            grace.await(By.id("ts-synthesis-title")).clear();
            grace.type(By.id("ts-synthesis-title"), title);
            grace.await(By.id("ts-synthesis-body")).sendKeys("\nThanks to everyone who wrote this week.");
            grace.click(By.id("ts-synthesis-publish"));
            grace.awaitText(By.id("ts-synthesis-published"), title);
            accessible(grace, "3-published");
            Steps.spaceHome(grace);
            grace.awaitText(By.id("ts-pinned-synthesis"), title);
            assertThat(grace.await(By.id("ts-pinned-synthesis")).getText()).contains("Thanks to everyone who wrote this week.");

            ada.reloadTool();
            Steps.spaceHome(ada);
            ada.awaitText(By.id("ts-pinned-synthesis"), title);
            List<WebElement> sections = ada.driver().findElements(By.cssSelector("main section"));
            assertThat(sections.get(1).getAttribute("id")).as("the space's head, then the synthesis, then the feed")
                    .isEqualTo("ts-pinned-synthesis");
            assertThat(ada.driver().findElements(By.id("ts-this-week-link"))).as("learners do not draft").isEmpty();
            accessible(ada, "4-space");
        }
    }
}
