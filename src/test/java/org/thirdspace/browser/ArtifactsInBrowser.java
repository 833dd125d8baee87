package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a conversation to the library: Grace turns Ada's thread into a checklist, which cannot go
 * to the whole organisation until Ada, who is quoted, agrees; Ada finds the question in her
 * library and agrees; Grace shares it and it is in the library, filtered as a checklist. axe on
 * every step, screenshots at both widths.
 */
@ExtendWith(ToolServer.class)
class ArtifactsInBrowser {

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "artifact-" + page)).as("axe on " + page).isEmpty();
    }

    private static String newCourse(ToolClient tool) {
        String course = "artifact-" + UUID.randomUUID().toString().substring(0, 8);
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": 0, \"pageSize\": 10, \"groups\": 0, \"title\": \"Artifact course\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return course;
    }

    @Test
    void aThreadBecomesAChecklistThatReachesTheLibraryWithTheQuotedPersonsConsent(ToolClient tool) throws Exception {
        String course = newCourse(tool);
        String thread = "Onboarding in the first week " + UUID.randomUUID().toString().substring(0, 6);
        String checklist = "Welcoming a new colleague " + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Artifact community");
            Steps.enter(ada, tool, course, "ada");
            Steps.startThread(ada, thread, "How do you welcome a new colleague in their first week?");

            Steps.enter(grace, tool, course, "grace");
            grace.click(By.linkText(thread));
            Steps.reply(grace, "Send the badge form before day one.");

            // "Make an artifact": the checklist's template comes filled in with the conversation.
            grace.click(By.id("ts-make-artifact"));
            new Select(grace.await(By.cssSelector("#ts-thread-artifact select"))).selectByValue("CHECKLIST");
            grace.await(By.cssSelector("#ts-thread-artifact input[type=text]")).clear();
            grace.type(By.cssSelector("#ts-thread-artifact input[type=text]"), checklist);
            accessible(grace, "1-make");
            grace.click(By.cssSelector("#ts-thread-artifact button[type=submit]"));
            grace.awaitText(By.cssSelector("main h1"), checklist);
            assertThat(grace.await(By.cssSelector(".ts-artifact-body")).getText()).contains("Checklist", "Send the badge form before day one");
            assertThat(grace.await(By.cssSelector(".ts-provenance")).getText()).contains("from the conversation", thread);
            assertThat(grace.await(By.cssSelector(".ts-artifact-kind")).getText()).containsIgnoringCase("Draft");
            accessible(grace, "2-draft");

            // Going wider waits for Ada, who is quoted: the page says whose consent is missing.
            assertThat(grace.await(By.id("ts-consent-missing")).getText()).contains("Ada Okafor");
            grace.click(By.id("ts-widen-artifact"));
            grace.awaitText(By.cssSelector(".ts-steward [role=alert]"), "Ada Okafor");
            grace.click(By.id("ts-ask-consent"));
            grace.awaitText(By.cssSelector(".ts-steward"), "1 person asked.");
            accessible(grace, "3-asked");

            // Ada finds the question in her library and agrees.
            ada.click(By.id("ts-library-link"));
            ada.awaitText(By.id("ts-consent-requests"), checklist);
            accessible(ada, "4-library-asks");
            ada.click(By.linkText(checklist));
            ada.await(By.id("ts-consent"));
            accessible(ada, "5-consent");
            ada.click(By.id("ts-consent-give"));
            ada.awaitText(By.id("main"), "your consent is recorded");

            // Grace shares it with the organisation; it is in the library, also when filtered as a checklist.
            grace.reloadTool();
            grace.click(By.id("ts-library-link"));
            grace.click(By.linkText(checklist));
            grace.click(By.id("ts-widen-artifact"));
            grace.awaitText(By.cssSelector(".ts-steward"), "Now shared with: The whole organisation");
            grace.click(By.id("ts-library-link"));
            new Select(grace.await(By.id("ts-library-type"))).selectByValue("CHECKLIST");
            grace.click(By.id("ts-library-apply"));
            grace.awaitText(By.id("ts-library-list"), checklist);
            assertThat(grace.await(By.id("ts-library-list")).getText()).contains("Checklist");
            accessible(grace, "6-library");
        }
    }
}
