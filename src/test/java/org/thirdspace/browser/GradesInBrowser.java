package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's acceptance in a browser, inside the emulated LMS: an instructor turns on participation
 * grades for a space; after a learner's conversations the LMS's gradebook shows the score; a
 * platform error appears on the instructor's page, in words.
 */
@ExtendWith(ToolServer.class)
class GradesInBrowser {

    @Test
    void participationGradesReachTheGradebookAndAPlatformErrorIsShownToTheInstructor(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Graded participation");
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Graded community");
            grace.click(By.id("ts-grading-link"));
            grace.awaitText(By.cssSelector("main h1"), "Grades to the LMS");
            WebElement enabled = grace.await(By.id("ts-grading-enabled"));
            assertThat(enabled.isSelected()).isFalse();
            grace.click(By.id("ts-grading-enabled"));
            WebElement required = grace.await(By.id("ts-grading-required"));
            required.clear();
            required.sendKeys("3");
            grace.click(By.id("ts-grading-save"));
            grace.awaitText(By.cssSelector(".ts-said"), "Saved");
            assertThat(grace.await(By.id("ts-grading-enabled")).isSelected()).isTrue();
            grace.screenshot("grades-1-turned-on-1280");

            Steps.enter(ada, tool, course, "ada");
            Steps.startThread(ada, "Introductions", "Hello from Ada");
            Steps.spaceHome(ada);
            Steps.startThread(ada, "A question", "How do we share notes?");

            // The LMS's gradebook on the course page shows Ada's score.
            grace.open(Steps.coursePage(tool, course, "grace"));
            grace.waiting(60).pollingEvery(Duration.ofSeconds(2)).until(d -> {
                String text = d.findElement(By.id("emu-gradebook")).getText();
                if (text.contains("Ada Okafor") && text.contains("2 / 3")) {
                    return true;
                }
                d.navigate().refresh();
                return false;
            });
            grace.screenshot("grades-2-lms-gradebook-1280");

            // The LMS refuses the next score, even with a fresh token: the instructor reads why.
            ToolClient.Reply fault = tool.json("PUT", "/emulator/courses/" + course + "/grades/faults", "{\"fault\": \"401\", \"times\": 2}");
            assertThat(fault.status()).isEqualTo(204);
            Steps.spaceHome(ada);
            Steps.startThread(ada, "Third one", "Completing the participation");
            grace.intoTool();
            grace.await(By.id("space-title"));
            grace.click(By.id("ts-grading-link"));
            grace.waiting(60).pollingEvery(Duration.ofSeconds(2)).until(d -> {
                String text = d.findElement(By.id("ts-grading-learners")).getText();
                if (text.contains("401")) {
                    return true;
                }
                d.findElement(By.id("ts-grading-refresh")).click();
                return false;
            });
            String row = grace.await(By.cssSelector("#ts-grading-learners tr[data-state='failed']")).getText();
            assertThat(row).contains("Ada Okafor").contains("refused Thirdspace's access (401)");
            grace.screenshot("grades-3-platform-error-1280");
        }
    }
}
