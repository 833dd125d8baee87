package org.thirdspace.it;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.awaitNextFinished;
import static org.thirdspace.it.RosterSyncs.job;

/**
 * The emulated LMS's people carry department, region, time zone, languages and working hours as
 * custom values in their launches and in the roster's {@code message}, and the tool keeps them on
 * the course membership (a facilitator's peer-group preview shows them); "End the course run"
 * makes both carry {@code course_end}, which reaches the tool the same two ways. The roster carries
 * custom values only in link-level listings (NRPS 2.0 §2.5: {@code message} with {@code rlid}), so
 * this test runs on the server with {@code thirdspace.roster.link-level} on, as the run command.
 */
@ExtendWith(LinkLevelToolServer.class)
class EmulatorCourseRunIT {

    private static final String LTI_CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom";

    record Launch(Map<String, Object> custom, RosterSyncs.Session session) {
    }

    /** A launch from the emulator's course page, keeping the id_token's custom claim on the way. */
    @SuppressWarnings("unchecked")
    static Launch launch(ToolClient tool, String course, String person) throws Exception {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=" + course + "&person=" + person + "&link=" + course + "-community");
        ToolClient.Reply autoPost = browser.follow(browser.submit(initiation));
        assertThat(autoPost.status()).as(autoPost.toString()).isEqualTo(200);
        Map<String, Object> custom = SignedJWT.parse(autoPost.formFields().get("id_token")).getJWTClaimsSet().getJSONObjectClaim(LTI_CUSTOM);
        ToolClient.Reply landing = browser.submit(autoPost);
        assertThat(landing.status()).as(landing.toString()).isEqualTo(200);
        return new Launch(custom, RosterSyncs.session(tool, landing.sessionToken()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> previewValues(ToolClient tool, RosterSyncs.Session facilitator, String space) {
        ToolClient.Reply reply = tool.json("GET", "/api/spaces/" + space + "/peer-groups/proposal?seed=1", null, facilitator.auth());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Map<String, String>> values = new HashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) reply.json().get("groups")) {
            for (Map<String, Object> member : (List<Map<String, Object>>) group.get("members")) {
                values.put((String) member.get("personId"), (Map<String, String>) member.get("values"));
            }
        }
        for (Map<String, Object> member : (List<Map<String, Object>>) reply.json().get("unplaced")) {
            values.put((String) member.get("personId"), (Map<String, String>) member.get("values"));
        }
        return values;
    }

    @Test
    void diverseProfilesAndTheEndOfTheRunReachTheToolThroughLaunchesAndTheRoster() throws Exception {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool(), course, 120, 50, 0);
        Launch grace = launch(tool(), course, "grace");
        assertThat(job(awaitFinished(tool(), grace.session())).get("state")).isEqualTo("succeeded");
        assertThat(grace.custom()).containsKeys("department", "region", "timezone", "languages", "working_hours")
                .doesNotContainKey("course_end");
        String space = (String) tool().json("POST", "/api/spaces", "{\"title\": \"Alumni\", \"purpose\": \"Keep learning\"}",
                grace.session().auth()).json().get("id");

        Map<String, Map<String, String>> values = previewValues(tool(), grace.session(), space);
        // Ada (by launch and roster) and the 120 generated learners, less the few the emulator makes teaching assistants.
        assertThat(values.size()).isGreaterThan(100);
        assertThat(values.values()).allSatisfy(v -> assertThat(v).containsKeys("department", "region", "timezone", "languages",
                "working_hours", "member_key").doesNotContainKey("course_end"));
        Set<String> departments = values.values().stream().map(v -> v.get("department")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> regions = values.values().stream().map(v -> v.get("region")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> zones = values.values().stream().map(v -> v.get("timezone")).collect(Collectors.toCollection(TreeSet::new));
        long english = values.values().stream().filter(v -> List.of(v.get("languages").split(",")).contains("en")).count();
        assertThat(departments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(regions).containsAnyOf("Europe", "Americas", "Asia-Pacific").hasSizeGreaterThanOrEqualTo(3);
        assertThat(zones).hasSizeGreaterThanOrEqualTo(6);
        // Mostly a shared language; that some do not share it is the generator's test (EmulatedWorkProfileTest):
        // among one course's 118 it happens to be none in about one course of 700.
        assertThat(english).as("mostly a shared language").isGreaterThan(values.size() * 8 / 10);

        // A launch alone: Ada's values are those of her launch (the roster lists the same).
        Launch ada = launch(tool(), course, "ada");
        assertThat(ada.custom()).containsEntry("timezone", "America/New_York").containsEntry("working_hours", "09:00-17:00");

        // The instructor ends the run on the course page.
        ToolClient.Browser browser = tool().browser();
        ToolClient.Reply page = browser.get("/emulator/courses/" + course + "/as/grace");
        assertThat(page.body()).contains("End the course run").contains("id=\"emu-end-run\"");
        Instant before = Instant.now().minusSeconds(1);
        ToolClient.Reply ended = browser.postForm("/emulator/courses/" + course + "/end", Map.of("person", "grace"));
        assertThat(ended.status()).isEqualTo(303);
        assertThat(browser.follow(ended).body()).contains("This course run ended on");

        Launch after = launch(tool(), course, "ada");
        Instant end = Instant.parse((String) after.custom().get("course_end"));
        assertThat(end).isBetween(before, Instant.now());
        assertThat(after.custom()).containsEntry("department", ada.custom().get("department"));
        // Ada's launch stored it at once.
        String adaId = personIdOf(after.session());
        assertThat(previewValues(tool(), grace.session(), space).get(adaId)).containsEntry("course_end", end.toString());

        // The roster: the next sync (a differences listing lists everyone) brings it for all.
        Object previous = job(awaitFinished(tool(), grace.session())).get("id");
        assertThat(RosterSyncs.start(tool(), grace.session()).status()).isBetween(200, 299);
        assertThat(job(awaitNextFinished(tool(), grace.session(), previous)).get("state")).isEqualTo("succeeded");
        Map<String, Map<String, String>> afterSync = previewValues(tool(), grace.session(), space);
        assertThat(afterSync.values()).allSatisfy(v -> assertThat(v).containsEntry("course_end", end.toString()));
        assertThat(Duration.between(end, Instant.now())).isLessThan(Duration.ofMinutes(5));
    }

    private static String personIdOf(RosterSyncs.Session session) {
        Map<?, ?> me = tool().json("GET", "/api/me", null, session.auth()).json();
        return (String) ((Map<?, ?>) me.get("person")).get("id");
    }

    private static ToolClient tool;

    @BeforeAll
    static void setUp(ToolClient shared) {
        tool = shared;
    }

    private static ToolClient tool() {
        return tool;
    }
}
