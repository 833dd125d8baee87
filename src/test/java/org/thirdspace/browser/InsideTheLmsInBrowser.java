package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool inside an LMS page: it asks the platform to size its frame to the content
 * (lti.frameResize, only when framed), works at phone width (the emulator's course menu folds
 * away and the tool takes the whole width without sideways scrolling), and moves focus to the new
 * view's heading with a ring only for keyboard users.
 */
@ExtendWith(ToolServer.class)
class InsideTheLmsInBrowser {

    @Test
    void theFrameFollowsTheContentAndThePhoneWidthWorks(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Small screens");
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Small screens community");
            Steps.startThread(grace, "Thumbs only", "Does this work on a phone?");
            for (int i = 1; i <= 6; i++) {
                Steps.reply(grace, "Reply number " + i + " to make the page long enough to scroll in a small frame.");
            }
            // The tool told the LMS page how tall it is, and the page sized the frame to it.
            assertThat(grace.js("return document.documentElement.classList.contains('ts-framed')")).isEqualTo(true);
            long content = ((Number) grace.js("const r = document.getElementById('app').getBoundingClientRect(); return Math.ceil(r.bottom);")).longValue();
            grace.outOfTool();
            WebElement frame = grace.await(By.name("tool"));
            grace.waiting(10).until(d -> frame.getAttribute("data-resized") != null
                    && Math.abs(Long.parseLong(frame.getAttribute("data-resized")) - content) <= 4);
            assertThat(frame.getSize().getHeight()).isGreaterThanOrEqualTo((int) content - 4);

            // Phone width: the course menu folds into a button, the tool gets the width.
            grace.phoneWidth();
            try {
                assertThat(grace.await(By.cssSelector(".emu-nav-toggle")).getAttribute("aria-expanded")).isEqualTo("false");
                assertThat(grace.driver().findElement(By.id("emu-nav-body")).isDisplayed()).isFalse();
                assertThat(frame.getSize().getWidth()).isGreaterThanOrEqualTo(Chromium.PHONE_WIDTH - 20);
                grace.click(By.cssSelector(".emu-nav-toggle"));
                assertThat(grace.await(By.id("emu-nav-body")).isDisplayed()).isTrue();
                grace.click(By.cssSelector(".emu-nav-toggle"));
                grace.intoTool();
                for (String view : new String[] {"", "#/spaces", "#/search?q=phone", "#/mentions"}) {
                    if (!view.isEmpty()) {
                        grace.js("location.hash = arguments[0]", view);
                    }
                    grace.await(By.cssSelector("main h1"));
                    Boolean fits = (Boolean) grace.js("return document.documentElement.scrollWidth <= window.innerWidth");
                    assertThat(fits).as("no sideways scrolling on " + (view.isEmpty() ? "the thread" : view)).isTrue();
                }
                grace.js("history.back()");
                grace.js("history.back()");
                grace.js("history.back()");
                grace.awaitText(By.cssSelector("main h1"), "Thumbs only");
                grace.screenshot("inside-1-thread-at-phone-width-390");
            } finally {
                grace.desktopWidth();
            }
        }
    }

    @Test
    void aNewViewFocusesItsHeadingWithARingOnlyForKeyboardUsers(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Focus");
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Focus community");
            Steps.startThread(grace, "Where is my focus?", "On the heading of the new view.");
            Steps.spaceHome(grace);

            // With the mouse: focus moves to the heading, no ring is drawn.
            grace.click(By.linkText("Where is my focus?"));
            grace.awaitText(By.cssSelector("main h1"), "Where is my focus?");
            grace.waiting(5).until(d -> "H1".equals(grace.js("return document.activeElement.tagName")));
            assertThat(grace.js("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("none");

            // With the keyboard: the same heading takes focus and shows the ring.
            WebElement home = grace.await(By.cssSelector(".ts-breadcrumb a"));
            home.sendKeys(Keys.ENTER);
            grace.await(By.id("space-title"));
            grace.await(By.linkText("Where is my focus?")).sendKeys(Keys.ENTER);
            grace.awaitText(By.cssSelector("main h1"), "Where is my focus?");
            grace.waiting(5).until(d -> "H1".equals(grace.js("return document.activeElement.tagName")));
            assertThat(grace.js("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
            grace.screenshot("inside-2-heading-focused-by-keyboard-1280");

            // Opened in a window of its own, the tool is not framed and asks nothing of the LMS.
            grace.open(tool.url("/emulator/launch?course=" + course + "&person=grace&link=" + course + "-community&presentation=window"));
            grace.await(By.id("space-title"));
            assertThat(grace.js("return document.documentElement.classList.contains('ts-framed')")).isEqualTo(false);
        }
    }
}
