package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case closed from the page, end to end: a learner reports a reply; the facilitator is told (a
 * notification and a count on the queue link), opens the case and upholds it with the Decide
 * buttons; the reporter is told and reads the outcome under My reports.
 */
@ExtendWith(ToolServer.class)
class ModerationLoopInBrowser {

    private static final String COURSE = "/emulator/courses/onb-2026/as/";
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");

    private static String base;

    private static void accessible(Chromium browser, String page) {
        browser.screenshot("moderation-loop-" + page);
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe on " + page).isEmpty();
    }

    private static void enterSpace(Chromium browser, String who) {
        browser.open(base + COURSE + who);
        browser.intoTool();
        browser.await(By.cssSelector("main h1"));
        if (!browser.driver().findElements(By.id("space-title-input")).isEmpty()) {
            browser.type(By.id("space-title-input"), "Onboarding community");
            browser.click(By.cssSelector("#main form button[type=submit]"));
        }
        browser.await(By.id("space-title"));
        try {
            browser.waiting(3).until(d -> !d.findElements(By.id("ts-conduct")).isEmpty());
            browser.acceptConduct();
        } catch (TimeoutException alreadyAccepted) {
            // nothing to accept
        }
    }

    /** The number in "Moderation queue (n)", 0 when the link shows none. */
    private static int queueCount(Chromium browser) {
        Matcher matcher = COUNT.matcher(browser.await(By.id("ts-moderation-link")).getText());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static void scrollTo(Chromium browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    @Test
    void aReportIsDecidedInThePageAndTheReporterReadsTheOutcome(ToolClient tool) throws Exception {
        base = tool.url("");
        String title = "Questions in the first week " + UUID.randomUUID().toString().substring(0, 6);
        String harsh = "Only slow people ask questions in their first week";
        try (Chromium grace = new Chromium(); Chromium farah = new Chromium(); Chromium ben = new Chromium()) {
            enterSpace(grace, "grace");
            int before = queueCount(grace);
            grace.click(By.linkText("Start a conversation"));
            grace.type(By.id("thread-title"), title);
            grace.type(By.id("thread-body"), "What did you ask in your first week?");
            grace.click(By.cssSelector("#main form button[type=submit]"));
            grace.awaitText(By.cssSelector("main h1"), title);

            enterSpace(farah, "farah");
            farah.click(By.linkText(title));
            farah.await(By.id("reply-body")).sendKeys(harsh);
            farah.click(By.xpath("//button[normalize-space()='Post reply']"));
            farah.awaitText(By.cssSelector(".ts-posts"), harsh);

            enterSpace(ben, "ben");
            ben.click(By.linkText(title));
            ben.click(By.xpath("//article[.//div[contains(.,'" + harsh + "')]]//button[@data-report]"));
            WebElement form = ben.await(By.cssSelector("form.ts-report"));
            form.findElement(By.cssSelector("button[type=submit]")).click();
            ben.awaitText(By.cssSelector(".ts-posts"), "The moderators will look at it");

            // The facilitator is told: a notification, and one more case on the queue link.
            enterSpace(grace, "grace");
            assertThat(queueCount(grace)).as("open cases on the queue link").isEqualTo(before + 1);
            accessible(grace, "1-space-with-count");
            grace.click(By.id("ts-mentions-link"));
            grace.awaitText(By.cssSelector("main"), "was reported");
            WebElement told = grace.await(By.xpath("//li[@data-kind='REPORT_RECEIVED'][contains(.,'" + title + "')]"));
            assertThat(told.getText()).as("who reported stays with the case").doesNotContain("Ben");
            accessible(grace, "2-told-of-the-report");
            told.findElement(By.tagName("a")).click();
            grace.awaitText(By.id("ts-open-cases"), title);
            grace.click(By.xpath("//ul[@id='ts-open-cases']//a[normalize-space()='" + title + "']"));
            grace.awaitText(By.id("ts-case-history"), "reported");

            // The Decide section shows its buttons, not "[object HTMLButtonElement]".
            WebElement decide = grace.await(By.xpath("//form[h2[normalize-space()='Decide']]"));
            scrollTo(grace, decide);
            grace.screenshot("moderation-loop-3-decide");
            assertThat(decide.getText()).doesNotContain("[object");
            List<String> buttons = decide.findElements(By.cssSelector("button[data-decide]")).stream()
                    .map(WebElement::getText).toList();
            assertThat(buttons).containsExactlyInAnyOrder("Uphold", "Dismiss", "Escalate to the organisation admins");
            accessible(grace, "3-decide");
            grace.type(By.id("decision-reason"), "Belittles newcomers");
            grace.click(By.cssSelector("button[data-decide='UPHELD']"));
            grace.awaitText(By.id("ts-case-state"), "upheld");
            assertThat(grace.await(By.id("ts-case-history")).getText()).contains("Belittles newcomers");
            grace.screenshot("moderation-loop-4-upheld");

            // The reporter is told, and reads the outcome under My reports.
            ben.open(base + COURSE + "ben");
            ben.intoTool();
            ben.await(By.cssSelector("#ts-mentions-link .ts-count"));
            ben.click(By.id("ts-mentions-link"));
            WebElement decided = ben.await(By.xpath("//li[@data-kind='REPORT_DECIDED']"));
            assertThat(decided.getText()).contains("The moderators decided").doesNotContain("Grace");
            accessible(ben, "5-reporter-told");
            decided.findElement(By.tagName("a")).click();
            ben.awaitText(By.cssSelector("main h1"), "My reports");
            WebElement outcome = ben.await(By.xpath("//ul[contains(@class,'ts-reports')]/li[contains(.,'" + title + "')]"));
            assertThat(outcome.getText()).contains("the moderators acted on it");
            accessible(ben, "6-my-reports-outcome");
        }
    }
}
