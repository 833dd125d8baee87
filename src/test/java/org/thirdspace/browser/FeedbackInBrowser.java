package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting and wrong turns in a real browser. With the network slowed down (Chrome's throttling,
 * every request 1.5 s), the loading indicator appears while the previous view stays on screen,
 * and a button whose request is under way is disabled and sends once. Addresses that lead
 * nowhere show a "not found" view with ways back.
 */
@ExtendWith(ToolServer.class)
class FeedbackInBrowser {

    @Test
    void aSlowAnswerShowsTheLoadingIndicatorOverThePreviousViewAndButtonsWait(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Patience");
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Patience community");
            Steps.startThread(grace, "Slow roads", "Some answers take a while.");
            Steps.spaceHome(grace);

            grace.slowNetwork(Duration.ofMillis(1500));
            try {
                grace.click(By.linkText("Slow roads"));
                WebElement indicator = grace.await(By.id("ts-loading"));
                // The space is still there under the indicator: nothing went blank.
                assertThat(grace.await(By.id("space-title")).isDisplayed()).isTrue();
                assertThat(grace.await(By.id("main")).getAttribute("aria-busy")).isEqualTo("true");
                assertThat(grace.await(By.id("ts-loading-status")).getAttribute("textContent")).isEqualTo("Loading…");
                grace.screenshot("feedback-1-loading-over-the-space-1280");
                grace.awaitText(By.cssSelector("main h1"), "Slow roads");
                grace.awaitGone(By.id("ts-loading"));
                assertThat(indicator.isDisplayed()).isFalse();
                assertThat(grace.await(By.id("main")).getAttribute("aria-busy")).isNull();

                // A reply under way: its button says so and a second click sends nothing more.
                grace.await(By.id("reply-body")).sendKeys("Sent once, however impatient.");
                WebElement send = grace.await(By.id("ts-send-reply"));
                send.click();
                assertThat(send.getAttribute("aria-disabled")).isEqualTo("true");
                assertThat(send.getAttribute("class")).contains("ts-busy");
                send.click();
                grace.screenshot("feedback-2-button-busy-1280");
                grace.awaitText(By.cssSelector(".ts-posts"), "Sent once, however impatient.");
            } finally {
                grace.fastNetwork();
            }
            grace.reloadTool();
            assertThat(grace.driver().findElements(By.xpath("//article[.//p[normalize-space()='Sent once, however impatient.']]"))).hasSize(1);
            assertThat(grace.await(By.cssSelector("main .ts-meta")).getText()).contains("1 reply");
        }
    }

    @Test
    void unknownRoutesAndMissingThingsShowNotFoundWithAWayBack(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Wrong turns");
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Wrong turns community");
            String space = (String) grace.js("return location.hash.replace('#/spaces/', '')");

            grace.js("location.hash = '#/no/such/place'");
            grace.awaitText(By.cssSelector("main h1"), "There is nothing here");
            assertThat(grace.await(By.id("ts-space-link")).isDisplayed()).as("space home in the bar").isTrue();
            assertThat(Accessibility.atBothWidths(grace, "feedback-3-not-found")).as("axe on not found").isEmpty();
            grace.click(By.id("ts-back-home"));
            grace.awaitText(By.id("space-title"), "Wrong turns community");
            assertThat((String) grace.js("return location.hash")).isEqualTo("#/spaces/" + space);

            // A conversation that does not exist, or an id that is not one.
            grace.js("location.hash = '#/threads/" + UUID.randomUUID() + "'");
            grace.awaitText(By.cssSelector("main h1"), "There is nothing here");
            grace.js("location.hash = '#/spaces/" + space + "'");
            grace.await(By.id("space-title"));
            grace.js("location.hash = '#/people/not-an-id'");
            grace.awaitText(By.cssSelector("main h1"), "There is nothing here");
            assertThat(grace.await(By.cssSelector("main")).getText()).contains("My spaces");
            assertThat((String) grace.js("return document.title")).startsWith("There is nothing here");
            grace.waiting(5).until(d -> grace.js("return document.activeElement.tagName").equals("H1"));
        }
    }
}
