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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safe-space acceptance journey in a real browser, inside the LMS emulator's iframe: a learner
 * reports a reply; the facilitator finds it in the moderation queue, hides it and writes privately
 * to its author from a template; the author reads the note, edits the reply and asks for a review;
 * the facilitator restores it, and the case's history holds every step. Then the author is
 * suspended, and can post neither through the page nor through the API; the organisation's admin
 * keeps the watch list. Every page passes axe.
 */
@ExtendWith(ToolServer.class)
class SafeSpaceInBrowser {

    private static final String COURSE = "/emulator/courses/onb-2026/as/";

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "safe-" + page)).as("axe on " + page).isEmpty();
    }

    /** Into the course's space: set it up if nobody has yet, and accept its code of conduct when asked. */
    private static void enterSpace(Chromium browser, String who) {
        browser.open(browserUrl(who));
        browser.intoTool();
        browser.await(By.cssSelector("main h1"));
        if (!browser.driver().findElements(By.id("space-title-input")).isEmpty()) {
            browser.type(By.id("space-title-input"), "Onboarding community");
            browser.click(By.cssSelector("#main form button[type=submit]"));
        }
        browser.await(By.id("space-title"));
        if (dialogOpens(browser)) {
            browser.acceptConduct();
        }
    }

    /** The dialog opens right after the space renders, once the code was looked up (or not at all when accepted). */
    private static boolean dialogOpens(Chromium browser) {
        try {
            browser.waiting(3).until(d -> !d.findElements(By.id("ts-conduct")).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static String base;

    private static String browserUrl(String who) {
        return base + COURSE + who;
    }

    @Test
    void reportQueueNoteEditReviewRestoreThenSuspend(ToolClient tool) throws Exception {
        base = tool.url("");
        String title = "How do you welcome newcomers? " + UUID.randomUUID().toString().substring(0, 6);
        String harsh = "Newcomers should figure it out alone, questions are lazy";
        String kinder = "Newcomers learn fastest when someone answers their first questions";
        try (Chromium grace = new Chromium(); Chromium farah = new Chromium(); Chromium ben = new Chromium()) {
            enterSpace(grace, "grace");
            grace.click(By.linkText("Start a conversation"));
            grace.type(By.id("thread-title"), title);
            grace.type(By.id("thread-body"), "Share one thing that helped you in your first week.");
            grace.click(By.cssSelector("#main form button[type=submit]"));
            grace.awaitText(By.cssSelector("main h1"), title);

            enterSpace(farah, "farah");
            farah.click(By.linkText(title));
            farah.await(By.id("reply-body")).sendKeys(harsh);
            farah.click(By.xpath("//button[normalize-space()='Post reply']"));
            farah.awaitText(By.cssSelector(".ts-posts"), harsh);

            // A learner reports the reply; only the moderators will know who.
            enterSpace(ben, "ben");
            ben.click(By.linkText(title));
            ben.click(By.xpath("//article[.//div[contains(.,'" + harsh + "')]]//button[@data-report]"));
            WebElement form = ben.await(By.cssSelector("form.ts-report"));
            form.findElement(By.tagName("textarea")).sendKeys("This is unkind to newcomers.");
            accessible(ben, "1-report-form");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            ben.awaitText(By.cssSelector(".ts-posts"), "The moderators will look at it");
            ben.click(By.linkText("My reports"));
            ben.awaitText(By.cssSelector("main"), "under review");
            accessible(ben, "2-my-reports");

            // The facilitator finds it in the queue, hides it for now and writes privately first.
            grace.click(By.linkText("Space home"));
            grace.click(By.id("ts-moderation-link"));
            grace.awaitText(By.id("ts-open-cases"), title);
            accessible(grace, "3-queue");
            grace.click(By.xpath("//ul[@id='ts-open-cases']//a[normalize-space()='" + title + "']"));
            grace.awaitText(By.id("ts-case-history"), "reported");
            grace.click(By.id("ts-hide"));
            grace.await(By.id("ts-restore"));
            new org.openqa.selenium.support.ui.Select(grace.await(By.id("note-template"))).selectByValue("kindness");
            assertThat(grace.await(By.id("note-text")).getAttribute("value")).contains("rephrase");
            accessible(grace, "4-case");
            grace.click(By.id("ts-send-note"));
            grace.awaitText(By.id("ts-case-history"), "private note sent");

            // Other members see a neutral notice, never who reported.
            ben.click(By.linkText("Space home"));
            ben.click(By.linkText(title));
            ben.awaitText(By.cssSelector(".ts-posts"), "Hidden by the moderators");
            assertThat(ben.await(By.cssSelector(".ts-posts")).getText()).doesNotContain(harsh);

            // The author reads the note, edits the reply and asks for a review.
            farah.open(browserUrl("farah"));
            farah.intoTool();
            farah.await(By.cssSelector("#ts-mentions-link .ts-count"));
            farah.click(By.id("ts-mentions-link"));
            farah.click(By.partialLinkText("The moderators wrote to you"));
            farah.awaitText(By.cssSelector(".ts-review"), "rephrase");
            accessible(farah, "5-note-for-the-author");
            farah.click(By.xpath("//article[.//div[contains(.,'" + harsh + "')]]//button[normalize-space()='Edit']"));
            WebElement edit = farah.await(By.cssSelector("textarea[id^='edit-']"));
            edit.clear();
            edit.sendKeys(kinder);
            farah.click(By.xpath("//button[normalize-space()='Save']"));
            farah.awaitText(By.cssSelector(".ts-posts"), kinder);
            farah.click(By.xpath("//button[normalize-space()='Ask for a review']"));
            farah.awaitText(By.cssSelector(".ts-posts"), "You asked for a review");

            // The facilitator sees the request and restores the edited reply.
            grace.click(By.linkText("Moderation queue"));
            grace.awaitText(By.id("ts-open-cases"), "review requested");
            grace.click(By.xpath("//ul[@id='ts-open-cases']//a[normalize-space()='" + title + "']"));
            grace.awaitText(By.id("ts-case-post"), kinder);
            grace.click(By.id("ts-restore"));
            grace.await(By.id("ts-hide"));
            List<String> steps = grace.driver().findElements(By.cssSelector("#ts-case-history li")).stream()
                    .map(li -> li.getAttribute("data-step")).toList();
            assertThat(steps).containsExactly("OPENED", "REPORTED", "HIDDEN", "NOTE_SENT", "REVIEW_REQUESTED", "RESTORED");
            assertThat(grace.await(By.id("ts-case-history")).getText()).contains("Grace Mbeki", "Farah Haddad");

            ben.click(By.linkText("Space home"));
            ben.click(By.linkText(title));
            ben.awaitText(By.cssSelector(".ts-posts"), kinder);

            // A suspended author can post neither through the page nor through the API.
            grace.click(By.xpath("//summary[contains(.,'Pause the author')]"));
            grace.type(By.id("suspend-reason"), "A day to cool off");
            grace.click(By.xpath("//button[starts-with(normalize-space(),'Suspend')]"));
            grace.awaitText(By.id("ts-case-status"), "cannot write in this space");
            farah.click(By.linkText("Space home"));
            farah.click(By.linkText(title));
            farah.await(By.id("reply-body")).sendKeys("Trying to post while suspended");
            farah.click(By.xpath("//button[normalize-space()='Post reply']"));
            farah.awaitText(By.cssSelector("main .ts-field-error"), "paused your writing");
            assertThat(farah.await(By.cssSelector(".ts-posts")).getText()).doesNotContain("Trying to post while suspended");
            // The same session token the page holds, straight at the API (the frame's own location names the thread).
            Object status = ((JavascriptExecutor) farah.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const thread = location.hash.replace('#/threads/', '');"
                            + "fetch('/api/threads/' + thread + '/replies', {method: 'POST', headers: {"
                            + "'Authorization': 'Bearer ' + sessionStorage.getItem('thirdspace.session'), 'Content-Type': 'application/json'},"
                            + " body: JSON.stringify({body: 'through the API'})})"
                            + ".then(r => r.json().then(j => done(r.status + ' ' + j.type))).catch(e => done('failed: ' + e));");
            assertThat(status).isEqualTo("403 https://thirdspace.org/problems/suspended");
            accessible(farah, "6-suspended");
        }
        // The organisation's admin keeps the watch list on a page of their own.
        try (Chromium ivy = new Chromium()) {
            enterSpace(ivy, "ivy");
            ivy.click(By.linkText("Organisation safety"));
            ivy.awaitText(By.cssSelector("main h1"), "Organisation safety");
            String term = "watchword" + UUID.randomUUID().toString().substring(0, 6);
            ivy.type(By.id("watch-term"), term);
            ivy.click(By.xpath("//button[normalize-space()='Add the term']"));
            ivy.awaitText(By.cssSelector("main"), term);
            accessible(ivy, "7-organisation");
        }
    }
}
