package org.thirdspace.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.PayaraMicroServer;
import org.thirdspace.it.ToolClient;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week's synthesis: Ada and Lin talk about handover notes; Grace, who facilitates the space,
 * opens "This week", drafts it (the key sentences link to their posts), edits the title and the
 * text, publishes, and the synthesis is at the top of the space for Ada too; then Ada's digest,
 * which carries it, is on the emulator's "Mail sent" page, as a newcomer reads it from the run
 * command. This class runs a server of its own set up as the run command (the emulator's mail sink,
 * SMTP pointed at it) with daily digests and a three-second digest day. axe on every step,
 * screenshots at both widths.
 */
class WeeklySynthesisInBrowser {

    private static final Pattern MESSAGE_LINK = Pattern.compile("<a href=\"/emulator/mail/(\\d+)\">[^<]*</a></td><td>([^<]*)</td>");

    private static PayaraMicroServer server;
    private static ToolClient tool;

    @BeforeAll
    static void setUp() throws Exception {
        int sink = PayaraMicroServer.freePort();
        server = PayaraMicroServer.start("synthesis-digest", Files.createTempDirectory("thirdspace-synthesis-digest-"), Map.of(
                "thirdspace.emulator.mail-sink-port", String.valueOf(sink),
                "thirdspace.mail.smtp.host", "127.0.0.1",
                "thirdspace.mail.smtp.port", String.valueOf(sink),
                "thirdspace.mail.smtp.tls", "none",
                "thirdspace.digest.default-frequency", "daily",
                "thirdspace.digest.day-seconds", "3",
                "thirdspace.digest.tick-seconds", "1")).awaitReady(PayaraMicroServer.START_TIMEOUT);
        tool = new ToolClient(server);
    }

    @AfterAll
    static void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    /** The number of the first message on the "Mail sent" page sent to {@code address} whose words hold {@code text}. */
    private static Optional<String> mailTo(String address, String text) {
        Matcher links = MESSAGE_LINK.matcher(tool.get("/emulator/mail").body());
        while (links.find()) {
            if (links.group(2).contains(address) && tool.get("/emulator/mail/" + links.group(1)).body().contains(text)) {
                return Optional.of(links.group(1));
            }
        }
        return Optional.empty();
    }

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "synthesis-" + page)).as("axe on " + page).isEmpty();
    }

    @Test
    void theFacilitatorDraftsEditsAndPublishesTheWeekWhichLeadsTheSpaceAndReachesTheMembersByDigest() throws Exception {
        String course = "synthesis-" + UUID.randomUUID().toString().substring(0, 8);
        ToolClient.Reply made = tool.json("PUT", "/emulator/courses/" + course + "/roster",
                "{\"size\": 0, \"pageSize\": 10, \"groups\": 0, \"title\": \"Synthesis course\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        String thread = "Handover notes " + UUID.randomUUID().toString().substring(0, 6);
        String title = "Our week: handover notes " + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Synthesis community");
            Steps.enter(ada, tool, course, "ada");
            Steps.startThread(ada, thread, "Written handover notes prevent repeated mistakes between the night shift and the day shift.");
            Steps.reply(ada, "A short template for handover notes would help the night shift most.");

            Steps.enter(grace, tool, course, "grace");
            grace.click(By.linkText(thread));
            Steps.reply(grace, "Handover notes between the shifts saved me twice this week.");
            Steps.spaceHome(grace);

            // "This week": nothing drafted yet; the draft shows its sections, each key sentence linked to its post.
            grace.click(By.id("ts-this-week-link"));
            grace.awaitText(By.cssSelector("main h1"), "This week");
            accessible(grace, "1-none");
            grace.click(By.id("ts-synthesis-draft"));
            grace.await(By.id("ts-synthesis-sections"));
            WebElement sentence = grace.await(By.cssSelector("#ts-synthesis-sentence-list li a"));
            assertThat(sentence.getAttribute("href")).contains("#/threads/", "?post=");
            assertThat(grace.await(By.id("ts-synthesis-sentence-list")).getText()).containsIgnoringCase("handover notes");
            assertThat(grace.await(By.id("ts-synthesis-most-list")).getText()).contains(thread, "2 people, 3 posts");
            assertThat(grace.await(By.id("ts-synthesis-publish")).getText()).isEqualTo("Publish");
            accessible(grace, "2-draft");

            // Edited, then published: it leads the space, for Ada too.
            grace.await(By.id("ts-synthesis-title")).clear();
            grace.type(By.id("ts-synthesis-title"), title);
            grace.await(By.id("ts-synthesis-body")).sendKeys("\nThanks to everyone who wrote this week.");
            grace.click(By.id("ts-synthesis-publish"));
            grace.awaitText(By.id("ts-synthesis-published"), title);
            accessible(grace, "3-published");
            Steps.spaceHome(grace);
            grace.awaitText(By.id("ts-pinned-synthesis"), title);
            assertThat(grace.await(By.id("ts-pinned-synthesis")).getText()).contains("Thanks to everyone who wrote this week.");

            ada.reloadTool();
            Steps.spaceHome(ada);
            ada.awaitText(By.id("ts-pinned-synthesis"), title);
            List<WebElement> sections = ada.driver().findElements(By.cssSelector("main section"));
            assertThat(sections.get(1).getAttribute("id")).as("the space's head, then the synthesis, then the feed")
                    .isEqualTo("ts-pinned-synthesis");
            assertThat(ada.driver().findElements(By.id("ts-this-week-link"))).as("learners do not draft").isEmpty();
            accessible(ada, "4-space");

            // Ada's digest carries it; a newcomer reads it on the emulator's "Mail sent" page.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            Optional<String> digest = mailTo("ada.okafor@northwind.example", title);
            while (digest.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
                digest = mailTo("ada.okafor@northwind.example", title);
            }
            assertThat(digest).as("Ada's digest with the synthesis, within a minute of three-second days").isPresent();
            ada.open(tool.url("/emulator/mail"));
            ada.click(By.cssSelector("a[href='/emulator/mail/" + digest.get() + "']"));
            ada.await(By.cssSelector("dl.emu-headers"));
            String message = ada.await(By.tagName("main")).getText();
            assertThat(message).contains("ada.okafor@northwind.example", title, "List-Unsubscribe=One-Click", "Text part");
            ada.screenshot("synthesis-5-digest");
        }
    }
}
