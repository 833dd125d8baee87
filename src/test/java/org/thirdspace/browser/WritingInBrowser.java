package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing in a real browser: "@" suggestions in the text (the ARIA combobox/listbox wiring,
 * arrows, Enter, Escape; a name typed and not chosen stays plain text), the Markdown toolbar,
 * quotes and code styled, a draft that survives a reload and goes when sent; and the feedback
 * around posts: no reactions to one's own post, "Report" offered once, a refused second report
 * said next to its button, a confirmation when a moderator hides a post.
 */
@ExtendWith(ToolServer.class)
class WritingInBrowser {

    @Test
    void mentionsToolbarAndDraftsInTheTextBox(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Writing well", "dana");
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Writing well community");
            Steps.enter(ada, tool, course, "ada");
            Steps.enter(ada, tool, course, "dana"); // Dana has launched once, so she is a member to mention
            Steps.enter(ada, tool, course, "ada");

            ada.click(By.id("ts-new-thread"));
            ada.type(By.id("thread-title"), "Notes from the workshop");
            WebElement body = ada.await(By.id("thread-body"));
            assertThat(body.getAttribute("aria-autocomplete")).isEqualTo("list");

            // "@" opens the members; arrows move, Enter inserts the chosen one as a mention.
            body.sendKeys("Thanks to @");
            ada.awaitText(By.id("thread-body-mentions"), "Grace Mbeki");
            WebElement list = ada.await(By.id("thread-body-mentions"));
            assertThat(list.getAttribute("role")).isEqualTo("listbox");
            assertThat(body.getAttribute("aria-controls")).isEqualTo("thread-body-mentions");
            List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
            // The writer is not offered: the others, by name.
            assertThat(options).extracting(WritingInBrowser::name).containsExactly("Dana Reyes", "Grace Mbeki");
            assertThat(body.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
            assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
            body.sendKeys(Keys.ARROW_DOWN);
            assertThat(body.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
            String second = name(options.get(1));
            body.sendKeys(Keys.ARROW_UP);
            body.sendKeys(Keys.ARROW_DOWN);
            body.sendKeys(Keys.TAB);
            ada.awaitGone(By.id("thread-body-mentions"));
            assertThat(body.getAttribute("value")).matches("(?s)Thanks to \\[@" + second + "]\\(mention:[0-9a-f-]{36}\\) ");
            assertThat(ada.await(By.id("thread-body-status")).getAttribute("textContent")).contains(second);

            // A name typed and not chosen (Escape) stays plain text.
            body.sendKeys("and @Grace");
            ada.awaitText(By.id("thread-body-mentions"), "Grace Mbeki");
            body.sendKeys(Keys.ESCAPE);
            ada.awaitGone(By.id("thread-body-mentions"));
            assertThat(body.getAttribute("aria-activedescendant")).isNull();
            body.sendKeys(" for the idea.\n");

            // The toolbar: bold around the selection, a quote, code.
            body.sendKeys("keep this");
            selectLast(ada, body, "keep this".length());
            ada.click(By.cssSelector("[role=toolbar] [data-tool=bold]"));
            assertThat(body.getAttribute("value")).endsWith("**keep this**");
            body.sendKeys(Keys.END, "\n\nAsk first");
            ada.click(By.cssSelector("[role=toolbar] [data-tool=quote]"));
            assertThat(body.getAttribute("value")).endsWith("\n> Ask first");
            body.sendKeys(Keys.END, "\n\n");
            ada.click(By.cssSelector("[role=toolbar] [data-tool=code]"));
            body.sendKeys("npm test");
            assertThat(body.getAttribute("value")).endsWith("`npm test`");
            assertThat(ada.driver().findElements(By.cssSelector("[role=toolbar] button[tabindex='0']"))).hasSize(1);

            // A reload keeps what was written.
            String written = body.getAttribute("value");
            ada.awaitText(By.id("thread-body-draft"), "Draft");
            ada.reloadTool();
            assertThat(ada.await(By.id("thread-body")).getAttribute("value")).isEqualTo(written);
            assertThat(ada.await(By.id("thread-title")).getAttribute("value")).isEqualTo("Notes from the workshop");
            assertThat(ada.await(By.id("thread-body-draft")).getText()).contains("draft is back");
            assertThat(Accessibility.atBothWidths(ada, "writing-1-compose-with-toolbar")).as("axe on the composer").isEmpty();

            ada.click(By.id("ts-post-thread"));
            ada.awaitText(By.cssSelector("main h1"), "Notes from the workshop");
            WebElement opening = ada.await(By.cssSelector("article.ts-opening"));
            assertThat(opening.findElements(By.cssSelector("a.ts-mention"))).extracting(WebElement::getText).containsExactly("@" + second);
            assertThat(opening.getText()).contains("@Grace for the idea");
            assertThat(opening.findElement(By.cssSelector("strong")).getText()).isEqualTo("keep this");
            WebElement quote = opening.findElement(By.cssSelector("blockquote"));
            assertThat(quote.getCssValue("border-left-style")).isEqualTo("solid");
            assertThat(opening.findElement(By.cssSelector("code")).getCssValue("font-family")).contains("monospace");
            // Sent: the draft is gone.
            assertThat(((JavascriptExecutor) ada.driver()).executeScript(
                    "return Object.keys(sessionStorage).filter(k => k.startsWith('thirdspace.draft.')).length")).isEqualTo(0L);
            // Nobody reacts to their own post.
            assertThat(opening.findElements(By.cssSelector("button[data-reaction]"))).isEmpty();
            assertThat(Accessibility.atBothWidths(ada, "writing-2-posted")).as("axe on the thread").isEmpty();
        }
    }

    @Test
    void reportOnceHideWithAConfirmation(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Reporting", "ben");
        try (Chromium grace = new Chromium(); Chromium ben = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Reporting community");
            Steps.startThread(grace, "A loud opinion", "Everyone else is wrong about this.");
            Steps.enter(ben, tool, course, "ben");
            ben.click(By.linkText("A loud opinion"));
            WebElement opening = ben.await(By.cssSelector("article.ts-opening"));
            String post = opening.getAttribute("data-post");
            // Others' posts can be reacted to.
            assertThat(opening.findElements(By.cssSelector("button[data-reaction]"))).hasSize(3);

            ben.click(By.cssSelector("button[data-report='" + post + "']"));
            ben.await(By.id("report-text-" + post)).sendKeys("Not kind.");
            // Meanwhile the same person reports it elsewhere (another tab): this form's report is the second.
            Object status = ((JavascriptExecutor) ben.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/api/posts/" + post + "/reports', {method: 'POST', headers: {'Authorization': 'Bearer '"
                            + " + sessionStorage.getItem('thirdspace.session'), 'Content-Type': 'application/json'},"
                            + " body: JSON.stringify({reason: 'SPAM'})}).then(r => done(r.status));");
            assertThat(status).isEqualTo(201L);
            ben.click(By.id("report-send-" + post));
            WebElement error = ben.await(By.id("report-send-" + post + "-error"));
            assertThat(error.getText()).contains("already reported");
            assertThat(ben.await(By.id("report-send-" + post)).getAttribute("aria-describedby")).contains("report-send-" + post + "-error");
            assertThat(ben.driver().findElements(By.cssSelector("button[data-report='" + post + "']"))).isEmpty();
            assertThat(ben.await(By.id("reported-" + post)).getText()).isEqualTo("You reported this");
            assertThat(Accessibility.atBothWidths(ben, "writing-3-second-report-refused")).as("axe with the refusal").isEmpty();
            // After a reload too: "Report" is not offered again.
            ben.reloadTool();
            ben.await(By.id("reported-" + post));
            assertThat(ben.driver().findElements(By.cssSelector("button[data-report='" + post + "']"))).isEmpty();

            grace.reloadTool();
            grace.click(By.id("hide-" + post));
            grace.awaitText(By.cssSelector("#post-" + post + " .ts-said"), "Post hidden from members.");
            assertThat(grace.await(By.id("hide-" + post)).getText()).isEqualTo("Restore");
        }
    }

    private static String name(WebElement option) {
        return option.findElement(By.cssSelector(":scope > span:last-child")).getText();
    }

    private static void selectLast(Chromium browser, WebElement field, int characters) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const f = arguments[0]; f.setSelectionRange(f.value.length - arguments[1], f.value.length);", field, characters);
    }
}
