package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.job;

/**
 * A programme whose trigger is the course end forms its groups by itself once a launch carries
 * {@code course_end} in the past: a draft appears without a facilitator starting a run, and the
 * same end does not start a second run.
 */
@ExtendWith(ToolServer.class)
class CourseEndTriggerIT {

    private static ToolClient tool;

    @Test
    void aLaunchAfterTheCourseEndedStartsOneFormation() throws Exception {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 24, 0, 0);
        EmulatorCourseRunIT.Launch grace = EmulatorCourseRunIT.launch(tool, course, "grace");
        assertThat(job(awaitFinished(tool, grace.session())).get("state")).isEqualTo("succeeded");
        String space = (String) tool.json("POST", "/api/spaces", "{\"title\": \"Alumni\", \"purpose\": \"Keep learning\"}",
                grace.session().auth()).json().get("id");
        String programme = "/api/spaces/" + space + "/programme";
        ToolClient.Reply saved = tool.json("PUT", programme, "{\"trigger\": \"COURSE_END\", \"overlapHours\": 0}", grace.session().auth());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        // Before the end a launch starts nothing.
        EmulatorCourseRunIT.launch(tool, course, "ada");
        Thread.sleep(1000);
        assertThat(tool.json("GET", programme + "/formations/latest", null, grace.session().auth()).status()).isEqualTo(404);

        ToolClient.Browser browser = tool.browser();
        assertThat(browser.postForm("/emulator/courses/" + course + "/end", Map.of("person", "grace")).status()).isEqualTo(303);
        EmulatorCourseRunIT.Launch after = EmulatorCourseRunIT.launch(tool, course, "ada");
        assertThat(after.custom()).containsKey("course_end");

        Map<String, Object> run = awaitReady(programme, grace.session());
        assertThat(run.get("state")).isEqualTo("READY");
        assertThat((List<?>) run.get("groups")).isNotEmpty();

        // Another launch after the same end: still that one run.
        EmulatorCourseRunIT.launch(tool, course, "ada");
        Thread.sleep(1000);
        assertThat(tool.json("GET", programme + "/formations/latest", null, grace.session().auth()).json().get("id"))
                .isEqualTo(run.get("id"));
    }

    private static Map<String, Object> awaitReady(String programme, RosterSyncs.Session facilitator) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            ToolClient.Reply reply = tool.json("GET", programme + "/formations/latest", null, facilitator.auth());
            if (reply.status() == 200 && !"RUNNING".equals(reply.json().get("state"))) {
                return reply.json();
            }
            assertThat(Instant.now()).as("no formation ready: " + reply).isBefore(until);
            Thread.sleep(300);
        }
    }

    @BeforeAll
    static void setUp(ToolClient shared) {
        tool = shared;
    }
}
