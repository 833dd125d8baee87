package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deep Linking in a real browser: in the LMS emulator a course designer adds "Follow-up community"
 * to two courses through the tool's designer page — a new space in the first, the same space
 * linked in the second; the emulator checks each signed response and shows the link; learners of
 * both courses open it and land in the same space. The designer page passes axe-core.
 */
@ExtendWith(ToolServer.class)
class DesignerJourneyInBrowser {

    @Test
    void aDesignerAddsAFollowUpCommunityToTwoCoursesAndLearnersOfBothLandInIt(ToolClient tool) throws Exception {
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium(); Chromium farah = new Chromium()) {
            grace.open(tool.url("/emulator/courses/lht-2026-09/as/grace"));
            grace.click(By.xpath("//button[normalize-space()='Add content from Thirdspace']"));
            grace.intoTool();
            grace.awaitText(By.cssSelector("main h1"), "Add a community to the course page");
            assertThat(Accessibility.atBothWidths(grace, "designer-1-new-space")).as("axe on the designer page").isEmpty();
            grace.type(By.id("dl-title"), "Follow-up community");
            grace.click(By.id("dl-create"));
            grace.awaitText(By.cssSelector("main h1"), "1 link added to the course");
            assertThat(grace.await(By.cssSelector("main")).getText()).contains("Follow-up community").contains("signed with the tool's key");
            grace.click(By.linkText("Back to the course page"));
            grace.driver().switchTo().defaultContent();
            grace.awaitText(By.cssSelector("nav.emu-nav"), "Follow-up community");

            grace.open(tool.url("/emulator/courses/onb-2026/as/grace"));
            grace.click(By.xpath("//button[normalize-space()='Add content from Thirdspace']"));
            grace.intoTool();
            grace.awaitText(By.cssSelector("main h1"), "Add a community to the course page");
            grace.type(By.id("dl-query"), "follow-up");
            grace.click(By.xpath("//form[.//input[@id='dl-query']]//button[normalize-space()='Search']"));
            grace.click(By.xpath("//div[@id='dl-results']//label[contains(normalize-space(),'Follow-up community')]"));
            assertThat(Accessibility.atBothWidths(grace, "designer-2-link-existing")).as("axe with search results").isEmpty();
            grace.click(By.id("dl-link"));
            grace.awaitText(By.cssSelector("main h1"), "1 link added to the course");

            ada.open(tool.url("/emulator/courses/lht-2026-09/as/ada"));
            ada.click(By.linkText("Follow-up community"));
            ada.intoTool();
            ada.awaitText(By.id("space-title"), "Follow-up community");
            ada.awaitText(By.cssSelector("main"), "What have you tried since the course?");

            farah.open(tool.url("/emulator/courses/onb-2026/as/farah"));
            farah.click(By.linkText("Follow-up community"));
            farah.intoTool();
            farah.awaitText(By.id("space-title"), "Follow-up community");
            farah.screenshot("designer-3-learner-of-the-second-course");
        }
    }
}
