package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer on a fresh start, from the LMS emulator's home page, doing only what the page
 * suggests: the first suggested launch is the instructor's, who starts the course's community in
 * one click (the name is suggested); the second is a learner's, who lands in that space, accepts
 * the code of conduct, starts a conversation and mentions the instructor by typing "@Gr" and
 * Enter. The home page says which person has which language, folds the roster administration
 * away, and offers Active as a member's status. Everything passes axe at 1280 and 390 px.
 */
@ExtendWith(ToolServer.class)
class FirstFiveMinutesInBrowser {

    @Test
    void theSuggestedLaunchesLeadFromNothingToAPostWithAMention(ToolClient tool) throws Exception {
        Instant start = Instant.now();
        try (Chromium newcomer = new Chromium()) {
            newcomer.open(tool.url("/emulator"));
            List<WebElement> steps = newcomer.driver().findElements(By.cssSelector(".emu-steps a"));
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0).getText()).contains("Grace Mbeki");
            assertThat(newcomer.await(By.cssSelector(".emu-steps li")).getText()).contains("Instructor");
            // The first link in the page's main content is the first suggested launch.
            assertThat(newcomer.driver().findElement(By.cssSelector("main a")).getText()).isEqualTo(steps.get(0).getText());
            // Which person reads Thirdspace in which language.
            String home = newcomer.await(By.tagName("main")).getText();
            assertThat(home).contains("français (France)").contains("Deutsch (Deutschland)").contains("English (United Kingdom)");
            // Roster administration is folded away, and a member's status is Active unless changed.
            for (WebElement roster : newcomer.driver().findElements(By.cssSelector("details.emu-roster"))) {
                assertThat(roster.getAttribute("open")).isNull();
            }
            WebElement status = newcomer.driver().findElement(By.cssSelector("details.emu-roster select[name=status]"));
            assertThat(new Select(status).getFirstSelectedOption().getAttribute("value")).isEqualTo("Active");
            assertThat(Accessibility.atBothWidths(newcomer, "first-1-emulator-home")).as("axe on the emulator's home").isEmpty();

            steps.get(0).click();
            newcomer.intoTool();
            newcomer.await(By.cssSelector("main h1"));
            if (!newcomer.driver().findElements(By.id("ts-create-space")).isEmpty()) {
                assertThat(newcomer.await(By.id("space-title-input")).getAttribute("value")).isEqualTo("Customer Conversations community");
                assertThat(Accessibility.atBothWidths(newcomer, "first-2-start-the-community")).as("axe on the setup page").isEmpty();
                newcomer.click(By.id("ts-create-space"));
            }
            newcomer.await(By.id("space-title"));
            if (Steps.dialogOpens(newcomer)) {
                newcomer.acceptConduct();
            }

            newcomer.open(tool.url("/emulator"));
            newcomer.click(By.cssSelector(".emu-steps li:nth-child(2) a"));
            newcomer.intoTool();
            newcomer.await(By.id("space-title"));
            if (Steps.dialogOpens(newcomer)) {
                assertThat(Accessibility.atBothWidths(newcomer, "first-3-code-of-conduct")).as("axe with the code of conduct").isEmpty();
                newcomer.acceptConduct();
            }
            newcomer.click(By.id("ts-new-thread"));
            newcomer.type(By.id("thread-title"), "How do you open a difficult call?");
            WebElement body = newcomer.await(By.id("thread-body"));
            body.sendKeys("I start with a question. What do you do, @Gr");
            newcomer.awaitText(By.id("thread-body-mentions"), "Grace Mbeki");
            assertThat(Accessibility.atBothWidths(newcomer, "first-4-mention-suggestions")).as("axe with the suggestions open").isEmpty();
            body.sendKeys(Keys.ENTER);
            body.sendKeys("?");
            newcomer.click(By.id("ts-post-thread"));
            newcomer.awaitText(By.cssSelector("main h1"), "How do you open a difficult call?");
            assertThat(newcomer.await(By.cssSelector("article.ts-opening a.ts-mention")).getText()).isEqualTo("@Grace Mbeki");
            assertThat(Accessibility.atBothWidths(newcomer, "first-5-posted-with-a-mention")).as("axe on the new conversation").isEmpty();
        }
        // The same clicks and keys a person makes, without their reading time: far under two minutes.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(2));
    }
}
