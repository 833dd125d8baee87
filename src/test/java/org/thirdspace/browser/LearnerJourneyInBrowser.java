package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey in a real browser, inside the LMS emulator's iframe: an instructor sets
 * up the course's space and seeds a topic; a learner reads it and posts; the instructor mentions
 * the learner; the learner sees the mention, replies, reacts, and finds the thread by search and
 * through its tag hub. Every tool page passes an axe-core WCAG 2.1 A/AA check without serious
 * violations.
 */
@ExtendWith(ToolServer.class)
class LearnerJourneyInBrowser {

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "journey-" + page)).as("axe on " + page).isEmpty();
    }

    @Test
    void readPostBeMentionedReplyReactSearchAndFindByTag(ToolClient tool) throws Exception {
        String word = "rapport" + UUID.randomUUID().toString().substring(0, 6);
        String course = "/emulator/courses/" + Chromium.freshCourse(tool, "Customer Conversations (journey)") + "/as/";
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            grace.open(tool.url(course + "grace"));
            grace.intoTool();
            accessible(grace, "1-setup");
            grace.type(By.id("space-title-input"), "Customer conversations community");
            grace.type(By.id("space-purpose"), "Keep practising after the course");
            grace.click(By.cssSelector("#main form button[type=submit]"));
            grace.awaitText(By.id("space-title"), "Customer conversations community");
            grace.acceptConduct();
            grace.click(By.partialLinkText("Seed a topic"));
            grace.type(By.id("thread-title"), "What was your hardest call this month?");
            grace.type(By.id("thread-body"), "Tell us **one** moment and what you tried.");
            grace.type(By.id("thread-tags"), "Onboarding");
            accessible(grace, "2-seed");
            grace.click(By.cssSelector("#main form button[type=submit]"));
            grace.awaitText(By.id("starters-heading"), "Conversation starters");
            grace.awaitText(By.cssSelector("ts-roster-sync"), "Course roster");
            accessible(grace, "3-space-home-facilitator");

            ada.open(tool.url(course + "ada"));
            ada.intoTool();
            ada.awaitText(By.id("space-title"), "Customer conversations community");
            ada.await(By.id("ts-conduct"));
            accessible(ada, "4-space-home-learner-code-of-conduct");
            ada.acceptConduct();
            accessible(ada, "4-space-home-learner");
            ada.click(By.linkText("What was your hardest call this month?"));
            ada.awaitText(By.cssSelector("main h1"), "What was your hardest call this month?");
            assertThat(ada.await(By.cssSelector("article.ts-opening .ts-post-body")).getText()).contains("Tell us one moment");
            accessible(ada, "5-seeded-thread");
            ada.click(By.linkText("Space home"));
            ada.click(By.linkText("Start a conversation"));
            ada.type(By.id("thread-title"), "Preparing for a difficult call");
            ada.type(By.id("thread-body"), "I write down three questions before I dial. Any " + word + " tips?");
            ada.type(By.id("thread-tags"), "onboarding, calls");
            ada.click(By.xpath("//button[normalize-space()='Preview']"));
            ada.awaitText(By.cssSelector(".ts-preview"), "three questions");
            accessible(ada, "6-compose");
            ada.click(By.cssSelector("#main form button[type=submit]"));
            ada.awaitText(By.cssSelector("main h1"), "Preparing for a difficult call");
            accessible(ada, "7-own-thread");

            grace.open(tool.url(course + "grace"));
            grace.intoTool();
            grace.click(By.linkText("Preparing for a difficult call"));
            // "@Ad" in the text offers Ada; Enter inserts the mention.
            grace.await(By.id("reply-body")).sendKeys("@Ad");
            grace.awaitText(By.id("reply-body-mentions"), "Ada Okafor");
            grace.await(By.id("reply-body")).sendKeys(org.openqa.selenium.Keys.ENTER);
            grace.await(By.id("reply-body")).sendKeys("I ask what they need first. Try it tomorrow!");
            grace.click(By.xpath("//button[normalize-space()='Post reply']"));
            grace.awaitText(By.cssSelector(".ts-posts"), "I ask what they need first");

            ada.open(tool.url(course + "ada"));
            ada.intoTool();
            ada.await(By.cssSelector("#ts-mentions-link .ts-count"));
            ada.click(By.id("ts-mentions-link"));
            ada.awaitText(By.cssSelector("main h1"), "Notifications");
            accessible(ada, "8-notifications");
            ada.click(By.partialLinkText("mentioned you"));
            ada.awaitText(By.cssSelector(".ts-posts"), "I ask what they need first");
            WebElement mention = ada.await(By.cssSelector("a.ts-mention"));
            assertThat(mention.getText()).isEqualTo("@Ada Okafor");
            WebElement graceReply = ada.await(By.xpath("//article[.//a[normalize-space()='Grace Mbeki']][not(contains(@class,'ts-opening'))]"));
            graceReply.findElement(By.cssSelector("button[data-reaction='HELPFUL']")).click();
            ada.awaitText(By.xpath("//article[.//a[normalize-space()='Grace Mbeki']][not(contains(@class,'ts-opening'))]//button[@data-reaction='HELPFUL']"), "1");
            assertThat(ada.await(By.xpath("//article[.//a[normalize-space()='Grace Mbeki']][not(contains(@class,'ts-opening'))]"
                    + "//button[@data-reaction='HELPFUL']")).getAttribute("aria-pressed")).isEqualTo("true");
            ada.await(By.id("reply-body")).sendKeys("Thank you, I will.");
            ada.click(By.xpath("//button[normalize-space()='Post reply']"));
            ada.awaitText(By.cssSelector(".ts-posts"), "Thank you, I will.");
            accessible(ada, "9-thread-with-replies");

            ada.type(By.id("ts-search"), word);
            ada.click(By.xpath("//form[@role='search']//button"));
            ada.awaitText(By.cssSelector(".ts-hits"), "Preparing for a difficult call");
            assertThat(ada.await(By.cssSelector(".ts-snippet mark")).getText()).isEqualTo(word);
            accessible(ada, "10-search");
            ada.click(By.linkText("Preparing for a difficult call"));
            ada.click(By.linkText("#Onboarding"));
            ada.awaitText(By.cssSelector("main h1"), "#");
            ada.awaitText(By.cssSelector("main"), "Preparing for a difficult call");
            assertThat(ada.await(By.cssSelector("main")).getText()).contains("What was your hardest call this month?").contains("Grace Mbeki");
            accessible(ada, "11-tag-hub");
        }
    }
}
