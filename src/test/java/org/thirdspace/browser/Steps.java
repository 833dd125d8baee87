package org.thirdspace.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.thirdspace.it.ToolClient;

/** Steps several browser tests take the same way: into a course's space, a new conversation, a reply. */
final class Steps {

    private Steps() {
    }

    static String coursePage(ToolClient tool, String course, String person) {
        return tool.url("/emulator/courses/" + course + "/as/" + person);
    }

    /** Grace starts the course's space with this name and accepts its code of conduct. */
    static void startSpace(Chromium grace, ToolClient tool, String course, String title) {
        grace.open(coursePage(tool, course, "grace"));
        grace.intoTool();
        grace.type(By.id("space-title-input"), title);
        grace.click(By.id("ts-create-space"));
        grace.awaitText(By.id("space-title"), title);
        grace.acceptConduct();
    }

    /** Into the course's space through its course page, accepting the code of conduct when asked. */
    static void enter(Chromium browser, ToolClient tool, String course, String person) {
        browser.open(coursePage(tool, course, person));
        browser.intoTool();
        browser.await(By.id("space-title"));
        if (dialogOpens(browser)) {
            browser.acceptConduct();
        }
    }

    /** The dialog opens right after the space renders, once the code was looked up (or not at all when accepted). */
    static boolean dialogOpens(Chromium browser) {
        try {
            browser.waiting(3).until(d -> !d.findElements(By.id("ts-conduct")).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** From the space's home: a new conversation, ending on its page. */
    static void startThread(Chromium browser, String title, String body) {
        browser.click(By.id("ts-new-thread"));
        browser.type(By.id("thread-title"), title);
        browser.type(By.id("thread-body"), body);
        browser.click(By.id("ts-post-thread"));
        browser.awaitText(By.cssSelector("main h1"), title);
    }

    /** On a conversation's page: a reply, and wait until it shows. */
    static void reply(Chromium browser, String text) {
        browser.await(By.id("reply-body")).sendKeys(text);
        browser.click(By.id("ts-send-reply"));
        browser.awaitText(By.cssSelector(".ts-posts"), text);
    }

    static void spaceHome(Chromium browser) {
        browser.click(By.id("ts-space-link"));
        browser.await(By.id("space-title"));
    }
}
