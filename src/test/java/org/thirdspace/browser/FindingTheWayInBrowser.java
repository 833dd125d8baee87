package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way in a real browser: a course linked to two spaces gives learners a chooser with
 * each space's purpose and activity, and the space switcher in the bar leads to either space and
 * back to the chooser; "Space home" is in the bar on every view; search narrows by space, tag and
 * author, each filter a chip that removes it; avatars show the LMS's picture or initials.
 */
@ExtendWith(ToolServer.class)
class FindingTheWayInBrowser {

    /** A space for the course of the instructor's launch, through the API with the page's own session. */
    private static String createSpace(Chromium grace, String title, String purpose, String kind) {
        return (String) ((JavascriptExecutor) grace.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/spaces', {method: 'POST', headers: {'Authorization': 'Bearer '"
                        + " + sessionStorage.getItem('thirdspace.session'), 'Content-Type': 'application/json'},"
                        + " body: JSON.stringify({title: arguments[0], purpose: arguments[1], kind: arguments[2]})})"
                        + ".then(r => r.json()).then(j => done(j.id));", title, purpose, kind);
    }

    @Test
    void aChooserTheSwitcherSpaceHomeEverywhereSearchFiltersAndAvatars(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Two spaces");
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            // The instructor starts two spaces for the course from the LMS's "add content" dialog,
            // so the course page's own link opens neither of them by itself.
            grace.open(Steps.coursePage(tool, course, "grace"));
            grace.click(By.xpath("//button[normalize-space()='Add content from Thirdspace']"));
            grace.intoTool();
            grace.awaitText(By.cssSelector("main h1"), "Add a community to the course page");
            String first = createSpace(grace, "Practice community", "Keep practising calls together after the course.", "COMMUNITY_OF_PRACTICE");
            String second = createSpace(grace, "Peer circles", "Small groups that meet monthly after the course.", "PEER_GROUP_PROGRAMME");
            grace.js("location.hash = '#/spaces/" + first + "'");
            grace.awaitText(By.id("space-title"), "Practice community");
            grace.acceptConduct();
            Steps.startThread(grace, "Practice calls", "Role-play a practice call with a peer.");
            grace.js("location.hash = '#/spaces/" + second + "'");
            grace.awaitText(By.id("space-title"), "Peer circles");
            grace.acceptConduct();
            Steps.startThread(grace, "Practice circles", "How often should a practice circle meet?");

            // The learner's launch: a real choice, with purposes and activity.
            ada.open(Steps.coursePage(tool, course, "ada"));
            ada.intoTool();
            ada.awaitText(By.cssSelector("main h1"), "Spaces of Two spaces");
            List<WebElement> choices = ada.driver().findElements(By.cssSelector("#ts-choices li"));
            assertThat(choices).hasSize(2);
            String listed = ada.await(By.id("ts-choices")).getText();
            assertThat(listed).contains("Practice community", "Keep practising calls together", "Peer circles", "Small groups that meet monthly",
                    "1 conversation", "last activity");
            assertThat(Accessibility.atBothWidths(ada, "finding-1-chooser")).as("axe on the chooser").isEmpty();

            ada.click(By.linkText("Practice community"));
            ada.awaitText(By.id("space-title"), "Practice community");
            ada.acceptConduct();
            // The way back to the chooser, and the switcher.
            assertThat(ada.await(By.linkText("Spaces of Two spaces")).isDisplayed()).isTrue();
            WebElement switcher = ada.await(By.id("ts-switcher"));
            assertThat(switcher.getText()).contains("Practice community");
            assertThat(switcher.getAttribute("aria-expanded")).isEqualTo("false");
            switcher.click();
            assertThat(switcher.getAttribute("aria-expanded")).isEqualTo("true");
            ada.awaitText(By.id("ts-switcher-list"), "Peer circles");
            assertThat(ada.await(By.cssSelector("#ts-switcher-list a[aria-current=page]")).getText()).contains("Practice community");
            assertThat(ada.await(By.id("ts-switcher-panel")).getText()).contains("All my spaces", "Spaces of Two spaces");
            assertThat(Accessibility.atBothWidths(ada, "finding-2-switcher-open")).as("axe with the switcher open").isEmpty();
            ada.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            ada.awaitGone(By.id("ts-switcher-panel"));
            assertThat(ada.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("ts-switcher");
            switcher.click();
            ada.click(By.xpath("//ul[@id='ts-switcher-list']//a[contains(.,'Peer circles')]"));
            ada.awaitText(By.id("space-title"), "Peer circles");
            ada.acceptConduct();
            assertThat(ada.await(By.id("ts-switcher")).getText()).contains("Peer circles");
            ada.click(By.id("ts-switcher"));
            ada.click(By.linkText("Spaces of Two spaces"));
            ada.await(By.id("ts-choices"));

            // Space home is in the bar on every view.
            ada.click(By.linkText("Practice community"));
            ada.await(By.id("space-title"));
            Steps.startThread(ada, "Practice diary", "I keep a practice diary after each call.");
            String[][] views = {{"#/mentions", "Notifications"}, {"#/reports", "My reports"}, {"#/spaces", "My spaces"},
                {"#/search?q=practice", "Results for"}, {"#/nowhere", "There is nothing here"}};
            for (String[] view : views) {
                ada.js("location.hash = arguments[0]", view[0]);
                ada.awaitText(By.cssSelector("main h1"), view[1]);
                ada.awaitText(By.id("ts-space-link"), "Space home");
            }

            // Search with filters: words, then a space, a tag, an author; chips remove them.
            ada.js("location.hash = '#/search?q=practice'");
            ada.awaitText(By.id("ts-search-count"), "3 results");
            assertThat(Accessibility.atBothWidths(ada, "finding-3-search")).as("axe on search").isEmpty();
            new Select(ada.await(By.id("search-space"))).selectByVisibleText("Peer circles");
            ada.awaitText(By.id("ts-search-count"), "1 result");
            assertThat(ada.await(By.cssSelector(".ts-hits")).getText()).contains("Practice circles").doesNotContain("Practice calls");
            assertThat(ada.await(By.cssSelector(".ts-chips")).getText()).contains("Space: Peer circles");
            ada.click(By.cssSelector(".ts-chip button"));
            ada.awaitText(By.id("ts-search-count"), "3 results");
            new Select(ada.await(By.id("search-author"))).selectByVisibleText("Ada Okafor");
            ada.awaitText(By.id("ts-search-count"), "1 result");
            assertThat(ada.await(By.cssSelector(".ts-hits")).getText()).contains("Practice diary");
            assertThat(ada.await(By.cssSelector(".ts-chips")).getText()).contains("Author: Ada Okafor");
            assertThat(Accessibility.atBothWidths(ada, "finding-4-search-filtered")).as("axe on filtered search").isEmpty();

            // Avatars: Grace's LMS sends a picture, Ada's does not.
            ada.js("location.hash = '#/search?q=practice'");
            ada.awaitText(By.id("ts-search-count"), "3 results");
            WebElement picture = ada.await(By.xpath("//li[contains(@class,'ts-hit')][.//a[normalize-space()='Grace Mbeki']]//span[contains(@class,'ts-avatar')]//img"));
            assertThat(picture.getAttribute("src")).endsWith("/emulator/people/grace/picture.svg");
            new org.openqa.selenium.support.ui.WebDriverWait(ada.driver(), java.time.Duration.ofSeconds(10)).until(d ->
                    ((Number) ada.js("return arguments[0].complete ? arguments[0].naturalWidth : 0", picture)).longValue() > 0);
            WebElement initials = ada.await(By.xpath("//li[contains(@class,'ts-hit')][.//a[normalize-space()='Ada Okafor']]//span[contains(@class,'ts-avatar')]"));
            assertThat(initials.getText()).isEqualTo("AO");
            assertThat(ada.await(By.cssSelector("#ts-me .ts-avatar")).getText()).isEqualTo("AO");
        }
    }
}
