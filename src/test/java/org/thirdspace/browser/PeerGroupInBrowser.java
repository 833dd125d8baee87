package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a peer group lands on "My peer group" when they launch the course: the members,
 * the next meeting (at a time within their working hours) with "Add to calendar", and the page of
 * the group with its agenda, where they post to the group and keep the meeting's notes.
 */
@ExtendWith(ToolServer.class)
class PeerGroupInBrowser {

    private static void accessible(Chromium browser, String page) {
        browser.screenshot("peer-group-" + page);
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe on " + page).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerLandsInMyPeerGroupWithTheNextMeetingAndAddsItToTheirCalendar(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Leading across time zones", "chen", "dana");
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium()) {
            grace.open(tool.url("/emulator/courses/" + course + "/as/grace"));
            grace.intoTool();
            grace.type(By.id("space-title-input"), "Across time zones");
            grace.click(By.cssSelector("#main form button[type=submit]"));
            grace.awaitText(By.id("space-title"), "Across time zones");
            grace.acceptConduct();
            String token = (String) grace.js("return sessionStorage.getItem('thirdspace.session');");
            String[] auth = {"Authorization", "Bearer " + token};
            Map<String, Object> me = tool.json("GET", "/api/me", null, auth).json();
            String courseId = (String) ((Map<?, ?>) me.get("course")).get("id");
            String space = (String) grace.js("return location.hash.split('/')[2];");

            // Grace's launch synced the roster: Ada (New York), Chen (Singapore) and Dana (Chicago)
            // are members of the course, with the working hours the LMS sends.
            Map<String, String> ids = awaitMembers(tool, courseId, List.of("northwind-ada", "northwind-chen", "northwind-dana"));
            String group = (String) tool.json("POST", "/api/spaces/" + space + "/peer-groups", "{\"name\": \"Circle of three\","
                    + " \"members\": [\"" + ids.get("northwind-ada") + "\", \"" + ids.get("northwind-chen") + "\", \""
                    + ids.get("northwind-dana") + "\"]}", auth).json().get("id");
            ToolClient.Reply scheduled = tool.json("PUT", "/api/peer-groups/" + group + "/meetings", "{}", auth);
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);

            ada.open(tool.url("/emulator/courses/" + course + "/as/ada"));
            ada.intoTool();
            ada.acceptConduct();
            ada.await(By.id("ts-my-peer-group"));
            assertThat(ada.await(By.id("ts-my-peer-group-title")).getText()).isEqualTo("My peer group: Circle of three");
            assertThat(ada.await(By.cssSelector("#ts-my-peer-group .ts-peer-members")).getText())
                    .contains("Ada Okafor").contains("Chen Wei").contains("Dana Reyes");
            assertThat(ada.await(By.id("ts-next-meeting")).getText()).contains("Next meeting").contains("60 minutes");
            assertThat(ada.await(By.id("ts-add-to-calendar")).getText()).isEqualTo("Add to calendar");
            assertThat(ada.await(By.id("ts-add-to-calendar")).getTagName()).isEqualTo("button");
            accessible(ada, "1-landing");

            // Add to calendar: the .ics is fetched with the session and handed over as a download.
            // The page hands the file over as a Blob: it is read where it is made, and the link's name kept.
            ada.js("window.__downloads = [];"
                    + "const create = URL.createObjectURL;"
                    + "URL.createObjectURL = function (blob) { blob.text().then(t => window.__ics = t); return create.call(URL, blob); };"
                    + "const click = HTMLAnchorElement.prototype.click;"
                    + "HTMLAnchorElement.prototype.click = function () {"
                    + "  if (this.download) { window.__downloads.push(this.download); return; }"
                    + "  return click.call(this); };");
            ada.click(By.id("ts-add-to-calendar"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (ada.js("return window.__ics || null;") == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            String ics = (String) ada.js("return window.__ics;");
            assertThat(ics).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("Circle of three").doesNotContain("RRULE");
            assertThat((List<Object>) ada.js("return window.__downloads;")).containsExactly("peer-group-meeting.ics");

            ada.click(By.id("ts-open-peer-group"));
            ada.awaitText(By.id("peer-group-title"), "My peer group: Circle of three");
            assertThat(ada.await(By.id("ts-agenda")).getText()).contains("What will you try before the next meeting?");
            accessible(ada, "2-page");

            // Notes of the meeting, kept by the group.
            ada.type(By.id("ts-recording-0"), "https://video.example/circle/1");
            ada.type(By.id("ts-notes-0"), "We compared rotas across three time zones.");
            ada.click(By.id("ts-save-record-0"));
            ada.awaitText(By.cssSelector("#main .ts-said"), "Saved.");
            accessible(ada, "3-notes-saved");

            // Posting to the group: the group is chosen already.
            ada.click(By.id("ts-group-post"));
            ada.type(By.id("thread-title"), "Rota templates");
            ada.type(By.id("thread-body"), "Here is the one our team uses.");
            assertThat(ada.await(By.id("thread-audience")).getAttribute("value")).isEqualTo("PEER_GROUP:" + group);
            ada.click(By.cssSelector("#main form button[type=submit]"));
            ada.awaitText(By.cssSelector("main h1"), "Rota templates");
            accessible(ada, "4-group-thread");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> awaitMembers(ToolClient tool, String courseId, List<String> subjects) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, String> ids = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            ToolClient.Reply reply = tool.admin("GET", "/api/admin/rosters/" + courseId + "/members?limit=100", null);
            if (reply.status() == 200) {
                for (Map<String, Object> m : (List<Map<String, Object>>) reply.json().get("members")) {
                    ids.put((String) m.get("subject"), (String) m.get("personId"));
                }
                if (ids.keySet().containsAll(subjects)) {
                    return ids;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the roster did not list " + subjects + ": " + ids);
    }
}
