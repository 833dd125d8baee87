package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participation grades back to the LMS (issue 16) end to end: real signed launches from the LMS
 * emulator, which offers Assignment and Grade Services; an instructor turns grades on for the link
 * that opens the space; learners write; the emulator's gradebook shows the scores; each bad answer
 * of the LMS (401, 404, 409, 503, too slow) is dealt with and shown on the instructor's status.
 */
@ExtendWith(ToolServer.class)
class GradesIT {

    private static final String ADA = "northwind-ada";
    private static final String GRACE = "northwind-grace";

    /** A course with Grace (instructor) and Ada (learner), and Grace's space opened by its link. */
    record Course(String id, Member grace, String spaceId) {
    }

    private static Course course(ToolClient tool) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 0, 50, 0);
        return course(tool, course);
    }

    private static Course course(ToolClient tool, String course) {
        Member grace = launch(tool, course, "grace");
        String spaceId = grace.createSpace("Grades " + course);
        return new Course(course, grace, spaceId);
    }

    static Member launch(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=" + course + "&person=" + person + "&link=" + course + "-community");
        assertThat(initiation.status()).as(initiation.toString()).isEqualTo(200);
        return Member.landed(tool, browser.submit(browser.follow(browser.submit(initiation))));
    }

    private static Map<String, Object> turnOn(Course course, int required) {
        return course.grace().ok("PUT", "/api/spaces/" + course.spaceId() + "/grading",
                "{\"enabled\": true, \"requiredConversations\": " + required + "}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> learner(Map<String, Object> view, String name) {
        return ((List<Map<String, Object>>) view.get("learners")).stream()
                .filter(l -> name.equals(l.get("name"))).findFirst().orElse(null);
    }

    /** Waits until the instructor's status of the learner called {@code name} satisfies {@code wanted}. */
    private static Map<String, Object> awaitLearner(Course course, String name, Predicate<Map<String, Object>> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = learner(course.grace().ok("/api/spaces/" + course.spaceId() + "/grading"), name);
            if (last != null && wanted.test(last)) {
                return last;
            }
            RosterSyncs.sleep(250);
        }
        throw new AssertionError("the learner's grade never got there: " + last);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gradebook(ToolClient tool, String course) {
        ToolClient.Reply reply = tool.json("GET", "/emulator/courses/" + course + "/grades", null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> score(ToolClient tool, String course, String subject) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) gradebook(tool, course).get("lineItems");
        return items.stream().flatMap(i -> ((List<Map<String, Object>>) i.get("scores")).stream())
                .filter(s -> subject.equals(s.get("userId"))).reduce((a, b) -> b).orElse(null);
    }

    private static void fault(ToolClient tool, String course, String fault, int times) {
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + course + "/grades/faults",
                "{\"fault\": \"" + fault + "\", \"times\": " + times + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    }

    private static boolean sentWith(Map<String, Object> learner, long score) {
        return "sent".equals(learner.get("state")) && Long.valueOf(score).equals(learner.get("score"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInstructorTurnsGradesOnAndTheLearnersRepliesReachTheGradebookButNotTheInstructors(ToolClient tool) {
        Course course = course(tool);
        Map<String, Object> off = course.grace().ok("/api/spaces/" + course.spaceId() + "/grading");
        assertThat(off.get("available")).isEqualTo(true);
        assertThat(off.get("enabled")).isEqualTo(false);

        Map<String, Object> on = turnOn(course, 2);
        assertThat(on.get("enabled")).isEqualTo(true);
        assertThat(on.get("requiredConversations")).isEqualTo(2L);

        Member ada = launch(tool, course.id(), "ada");
        String first = ada.startThread(course.spaceId(), "Where do I start?", "A first question");
        String graces = course.grace().startThread(course.spaceId(), "Welcome", "Say hello");
        ada.reply(graces, "Hello!");
        ada.reply(first, "Replying to my own thread does not count twice");
        course.grace().reply(first, "Start here");

        Map<String, Object> status = awaitLearner(course, "Ada Okafor", l -> sentWith(l, 2));
        assertThat(status.get("maximum")).isEqualTo(2L);
        assertThat(status.get("problem")).isNull();

        Map<String, Object> score = score(tool, course.id(), ADA);
        assertThat(score).isNotNull();
        assertThat(((Number) score.get("scoreGiven")).intValue()).isEqualTo(2);
        assertThat(((Number) score.get("scoreMaximum")).intValue()).isEqualTo(2);
        assertThat(score.get("activityProgress")).isEqualTo("Completed");
        assertThat(score.get("gradingProgress")).isEqualTo("FullyGraded");
        // Learners only: the instructor wrote too, and has no score and no row.
        assertThat(score(tool, course.id(), GRACE)).isNull();
        assertThat(learner(course.grace().ok("/api/spaces/" + course.spaceId() + "/grading"), "Grace Mbeki")).isNull();
        // One line item for the link, with the tool's tag and a real maximum.
        List<Map<String, Object>> items = (List<Map<String, Object>>) gradebook(tool, course.id()).get("lineItems");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("resourceLinkId")).isEqualTo(course.id() + "-community");
            assertThat(item.get("tag")).isEqualTo("thirdspace-participation");
            assertThat(item.get("scoreMaximum")).isEqualTo(2L);
        });
        // The emulator's course page shows the gradebook.
        ToolClient.Reply page = tool.browser().get("/emulator/courses/" + course.id() + "/as/grace");
        assertThat(page.body()).contains("id=\"emu-gradebook\"").contains("Ada Okafor").contains("2 / 2");
    }

    @Test
    void everyBadAnswerOfTheLmsIsHandledAndShownToTheInstructor(ToolClient tool) {
        Course course = course(tool);
        turnOn(course, 10);
        Member ada = launch(tool, course.id(), "ada");

        ada.startThread(course.spaceId(), "One", "1");
        awaitLearner(course, "Ada Okafor", l -> sentWith(l, 1));

        // 503: tried again later, then sent.
        fault(tool, course.id(), "503", 1);
        ada.startThread(course.spaceId(), "Two", "2");
        Map<String, Object> retrying = awaitLearner(course, "Ada Okafor", l -> "platform-unavailable".equals(l.get("problem")));
        assertThat(retrying.get("attempts")).isNotEqualTo(0L);
        awaitLearner(course, "Ada Okafor", l -> sentWith(l, 2));

        // Too slow (longer than the outbound timeout): tried again later, then sent.
        fault(tool, course.id(), "slow", 1);
        ada.startThread(course.spaceId(), "Three", "3");
        awaitLearner(course, "Ada Okafor", l -> "timed-out".equals(l.get("problem")));
        awaitLearner(course, "Ada Okafor", l -> sentWith(l, 3));

        // 409: the LMS holds a later timestamp; sent again at once with a newer one, and the instructor reads it.
        fault(tool, course.id(), "409", 1);
        ada.startThread(course.spaceId(), "Four", "4");
        Map<String, Object> stale = awaitLearner(course, "Ada Okafor", l -> sentWith(l, 4));
        assertThat(stale.get("problem")).isEqualTo("stale-timestamp");
        assertThat(stale.get("httpStatus")).isEqualTo(409L);

        // 404: the line item was deleted in the LMS; it is re-created once and the score lands there.
        ToolClient.Reply deleted = tool.json("DELETE", "/emulator/courses/" + course.id() + "/grades/lineitems", null);
        assertThat(deleted.status()).isEqualTo(204);
        ada.startThread(course.spaceId(), "Five", "5");
        Map<String, Object> recreated = awaitLearner(course, "Ada Okafor", l -> sentWith(l, 5));
        assertThat(recreated.get("problem")).isEqualTo("line-item-deleted");
        assertThat(((Number) score(tool, course.id(), ADA).get("scoreGiven")).intValue()).isEqualTo(5);

        // 401 twice: a fresh token once, then the refusal is reported and not retried blindly.
        fault(tool, course.id(), "401", 2);
        ada.startThread(course.spaceId(), "Six", "6");
        Map<String, Object> refused = awaitLearner(course, "Ada Okafor", l -> "failed".equals(l.get("state")));
        assertThat(refused.get("problem")).isEqualTo("unauthorized");
        assertThat(refused.get("httpStatus")).isEqualTo(401L);
        assertThat(((Number) score(tool, course.id(), ADA).get("scoreGiven")).intValue()).isEqualTo(5);
        // Saving the setting again gives the refused score another chance.
        turnOn(course, 10);
        awaitLearner(course, "Ada Okafor", l -> sentWith(l, 6));
        assertThat(((Number) score(tool, course.id(), ADA).get("scoreGiven")).intValue()).isEqualTo(6);
    }

    @Test
    void withoutTheScoreScopeGradingIsUnavailableWithAReasonAndCannotBeTurnedOn(ToolClient tool) {
        String id = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, id, 0, 50, 0);
        ToolClient.Reply scopes = tool.json("PUT", "/emulator/courses/" + id + "/grades/scopes",
                "{\"scopes\": [\"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem\"]}");
        assertThat(scopes.status()).isEqualTo(204);
        Course course = course(tool, id);

        Map<String, Object> view = course.grace().ok("/api/spaces/" + course.spaceId() + "/grading");
        assertThat(view.get("available")).isEqualTo(false);
        assertThat(view.get("unavailable")).isEqualTo("no-score-scope");
        ToolClient.Reply refused = course.grace().send("PUT", "/api/spaces/" + course.spaceId() + "/grading",
                "{\"enabled\": true, \"requiredConversations\": 2}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("permission to post scores");
        assertThat(course.grace().ok("/api/spaces/" + course.spaceId() + "/grading").get("enabled")).isEqualTo(false);
    }

    @Test
    void badSettingsAreRefusedAndWriteNothing(ToolClient tool) {
        Course course = course(tool);
        String path = "/api/spaces/" + course.spaceId() + "/grading";
        for (String body : List.of("{\"enabled\": true, \"requiredConversations\": 0}",
                "{\"enabled\": true, \"requiredConversations\": 101}",
                "{\"enabled\": true}",
                "{\"requiredConversations\": 3}",
                "{\"enabled\": true, \"requiredConversations\": 3, \"from\": \"2026-05-02\", \"until\": \"2026-05-01\"}")) {
            ToolClient.Reply reply = course.grace().send("PUT", path, body);
            assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(course.grace().send("PUT", path, "{\"enabled\": true, \"requiredConversations\": 3, \"from\": \"yesterday\"}")
                .status()).isEqualTo(400);
        assertThat(course.grace().ok(path).get("enabled")).isEqualTo(false);
    }

    @Test
    void aLearnerMayNotSeeOrChangeGradingAndAnotherOrganisationIsNotFound(ToolClient tool) {
        Course course = course(tool);
        String path = "/api/spaces/" + course.spaceId() + "/grading";
        Member ada = launch(tool, course.id(), "ada");
        assertThat(ada.get(path).status()).isEqualTo(403);
        assertThat(ada.send("PUT", path, "{\"enabled\": true, \"requiredConversations\": 1}").status()).isEqualTo(403);
        assertThat(tool.json("GET", path, null).status()).isEqualTo(401);
        assertThat(course.grace().ok(path).get("enabled")).isEqualTo(false);

        try (RosterTestPlatform other = RosterTestPlatform.register(tool)) {
            String stranger = other.launch("teacher", "other-course", List.of(Member.INSTRUCTOR));
            assertThat(tool.json("GET", path, null, "Authorization", "Bearer " + stranger).status()).isEqualTo(404);
            assertThat(tool.json("PUT", path, "{\"enabled\": true, \"requiredConversations\": 1}",
                    "Authorization", "Bearer " + stranger).status()).isEqualTo(404);
        }
        assertThat(course.grace().ok(path).get("enabled")).isEqualTo(false);
    }
}
