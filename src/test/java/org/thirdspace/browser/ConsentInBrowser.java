package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent in the page: accepting the code of conduct sends what the newcomer wrote, in one step
 * (nothing is lost, nothing needs sending again); sharing a thread more widely first says who will
 * be able to see it, and its author can narrow it back, both steps shown in the thread's history.
 */
@ExtendWith(ToolServer.class)
class ConsentInBrowser {

    private static void accessible(Chromium browser, String page) {
        browser.screenshot("consent-" + page);
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe on " + page).isEmpty();
    }

    /** A course of its own in the emulated LMS: Grace Mbeki teaches it, Ada Okafor learns in it. */
    private static String newCourse(ToolClient tool) {
        String course = "consent-" + UUID.randomUUID().toString().substring(0, 8);
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": 0, \"pageSize\": 10, \"groups\": 0, \"title\": \"Consent course\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return course;
    }

    private static void setUpSpace(Chromium grace, ToolClient tool, String course) {
        grace.open(tool.url("/emulator/courses/" + course + "/as/grace"));
        grace.intoTool();
        grace.type(By.id("space-title-input"), "Consent community");
        grace.click(By.cssSelector("#main form button[type=submit]"));
        grace.awaitText(By.id("space-title"), "Consent community");
        grace.acceptConduct();
    }

    private static void scrollTo(Chromium browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    @Test
    void acceptingTheCodeOfConductSendsWhatWasWritten(ToolClient tool) throws Exception {
        String course = newCourse(tool);
        String title = "My first question " + UUID.randomUUID().toString().substring(0, 6);
        String body = "How do I find the team calendar? I looked everywhere.";
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            setUpSpace(grace, tool, course);

            ada.open(tool.url("/emulator/courses/" + course + "/as/ada"));
            ada.intoTool();
            ada.await(By.id("ts-conduct"));
            ada.click(By.id("ts-conduct-later"));
            ada.waiting(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("ts-conduct")));
            ada.click(By.linkText("Start a conversation"));
            ada.type(By.id("thread-title"), title);
            ada.type(By.id("thread-body"), body);
            ada.click(By.cssSelector("#main form button[type=submit]"));

            // The code is asked for at the moment of sending; accepting it sends the text as written.
            ada.await(By.id("ts-conduct"));
            accessible(ada, "1-code-at-send");
            ada.acceptConduct();
            ada.awaitText(By.cssSelector("main h1"), title);
            assertThat(ada.await(By.cssSelector("article.ts-opening .ts-post-body")).getText()).contains(body);
            accessible(ada, "2-sent-after-accepting");
        }
    }

    @Test
    void sharingMoreWidelySaysWhoWillSeeItAndCanBeUndone(ToolClient tool) throws Exception {
        String course = newCourse(tool);
        String title = "Our team's onboarding checklist " + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            setUpSpace(grace, tool, course);
            ada.open(tool.url("/emulator/courses/" + course + "/as/ada"));
            ada.intoTool();
            ada.acceptConduct();
            ada.click(By.linkText("Start a conversation"));
            ada.type(By.id("thread-title"), title);
            ada.type(By.id("thread-body"), "What is on yours?");
            ada.click(By.cssSelector("#main form button[type=submit]"));
            ada.awaitText(By.cssSelector("main h1"), title);

            // One click asks; it says who will be able to see it; nothing has moved yet.
            ada.click(By.id("ts-widen"));
            WebElement consent = ada.await(By.id("ts-widen-consent"));
            assertThat(consent.getText()).contains("Everyone at").contains("tag hubs").contains("narrow it back");
            assertThat(ada.await(By.cssSelector("main .ts-meta")).getText()).contains("This space");
            scrollTo(ada, consent);
            accessible(ada, "3-who-will-see-it");
            ada.click(By.id("ts-widen-confirm"));
            ada.awaitText(By.cssSelector("main .ts-meta"), "The whole organisation");
            ada.awaitText(By.cssSelector("#main [role=status]"), "Shared with: The whole organisation");

            // The history says who shared it and when; the author can take it back.
            ada.click(By.cssSelector("#ts-audience-history summary"));
            assertThat(ada.await(By.id("ts-audience-history")).getText()).contains("Ada Okafor shared it with the whole organisation");
            accessible(ada, "4-shared-with-history");
            ada.click(By.id("ts-narrow"));
            ada.awaitText(By.cssSelector("main .ts-meta"), "This space");
            ada.awaitText(By.cssSelector("#main [role=status]"), "Narrowed back to: This space");
            ada.click(By.cssSelector("#ts-audience-history summary"));
            assertThat(ada.await(By.id("ts-audience-history")).getText())
                    .contains("Ada Okafor shared it with the whole organisation").contains("Ada Okafor narrowed it back to this space");
            accessible(ada, "5-narrowed-back");

            // Others read the same history.
            grace.open(tool.url("/emulator/courses/" + course + "/as/grace"));
            grace.intoTool();
            grace.click(By.linkText(title));
            grace.click(By.cssSelector("#ts-audience-history summary"));
            assertThat(grace.await(By.id("ts-audience-history")).getText()).contains("narrowed it back to this space");
            assertThat(grace.driver().findElements(By.id("ts-narrow"))).as("only the author narrows").isEmpty();

            // Signing out ends the session at once: the token the page held opens nothing any more.
            String token = (String) ((JavascriptExecutor) ada.driver()).executeScript("return sessionStorage.getItem('thirdspace.session');");
            ada.click(By.id("ts-sign-out"));
            ada.awaitText(By.cssSelector("main h1"), "You have signed out");
            accessible(ada, "6-signed-out");
            assertThat(tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token).status()).isEqualTo(401);
        }
    }
}
