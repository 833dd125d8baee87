package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator's peer groups in the page: the programme's settings saved, the groups formed with
 * the progress shown, the proposal previewed with everyone's attributes, two people swapped, and
 * the groups published.
 */
@ExtendWith(ToolServer.class)
class PeerGroupsInBrowser {

    private static void accessible(Chromium browser, String page) {
        browser.screenshot("peer-groups-" + page);
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe on " + page).isEmpty();
    }

    private static void scrollTo(Chromium browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    @Test
    void previewSwapPublish(ToolClient tool) throws Exception {
        String course = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        ToolClient.Reply roster = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": 12, \"pageSize\": 50, \"groups\": 0, \"title\": \"Peer groups course\"}");
        assertThat(roster.status()).as(roster.toString()).isEqualTo(200);
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Alumni circle");
            // The roster brings the course's learners into the space.
            grace.click(By.cssSelector("ts-roster-sync button"));
            grace.waiting(60)
                    .until(d -> d.findElement(By.cssSelector("ts-roster-sync")).getText().contains("Sync finished"));

            grace.click(By.id("ts-peer-groups-link"));
            grace.awaitText(By.cssSelector("main h1"), "Peer groups");
            grace.await(By.id("ts-pg-size")).clear();
            grace.type(By.id("ts-pg-size"), "4");
            grace.await(By.id("ts-pg-min")).clear();
            grace.type(By.id("ts-pg-min"), "3");
            grace.await(By.id("ts-pg-max")).clear();
            grace.type(By.id("ts-pg-max"), "5");
            grace.click(By.id("ts-pg-save"));
            grace.awaitText(By.cssSelector("#main [role=status]"), "Settings saved.");
            accessible(grace, "1-settings");

            grace.click(By.id("ts-pg-start"));
            grace.waiting(60)
                    .until(d -> d.findElements(By.cssSelector(".ts-pg-group")).size() >= 3);
            List<WebElement> groups = grace.driver().findElements(By.cssSelector(".ts-pg-group"));
            assertThat(groups).hasSize(3);
            assertThat(grace.await(By.id("ts-pg-report")).getText()).contains("Diversity").contains("3 groups");
            scrollTo(grace, groups.get(0));
            accessible(grace, "2-proposal");

            // Swap the first person of group 1 with the first of group 2.
            WebElement first = grace.await(By.cssSelector("#ts-pg-group-1 .ts-pg-member"));
            String mover = first.getAttribute("data-person");
            String name = first.findElement(By.tagName("strong")).getText();
            WebElement other = grace.await(By.cssSelector("#ts-pg-group-2 .ts-pg-member"));
            String otherId = other.getAttribute("data-person");
            WebElement choices = first.findElement(By.tagName("select"));
            choices.click();
            new Select(choices).selectByValue("person:" + otherId);
            first.findElement(By.cssSelector("button.ts-secondary")).click();
            grace.waiting(30).until(d ->
                    !d.findElements(By.cssSelector("#ts-pg-group-2 [data-person='" + mover + "']")).isEmpty());
            assertThat(grace.driver().findElements(By.cssSelector("#ts-pg-group-1 .ts-pg-member > strong")))
                    .extracting(WebElement::getText).doesNotContain(name);
            assertThat(grace.await(By.cssSelector("#ts-pg-group-2 [data-person='" + mover + "']")).getText()).contains("stays here");
            assertThat(grace.await(By.cssSelector("#ts-pg-group-1 [data-person='" + otherId + "']")).getText()).contains("stays here");
            scrollTo(grace, grace.await(By.id("ts-pg-group-2")));
            accessible(grace, "3-swapped");

            grace.click(By.id("ts-pg-publish"));
            grace.await(By.cssSelector(".ts-confirm button")).click();
            grace.awaitText(By.id("ts-draft-title"), "Round 1, published");
            assertThat(grace.driver().findElements(By.id("ts-pg-publish"))).isEmpty();
            accessible(grace, "4-published");

            // A published round: late joiners can be placed (everyone is placed already); no group is
            // below the viable size, so no re-formation is offered.
            WebElement late = grace.await(By.id("ts-pg-late"));
            grace.awaitText(By.id("ts-pg-late"), "Place late joiners");
            assertThat(grace.driver().findElement(By.id("ts-pg-reform")).isDisplayed()).isFalse();
            scrollTo(grace, late);
            late.click();
            grace.awaitText(By.id("ts-pg-late-said"), "could not be placed");
            accessible(grace, "5-late-joiners");
        }
    }
}
