package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Facilitators and moderators are told when something needs them — a report that opens a case,
 * an author's review request — and see how many cases wait on the queue link; reporters are told
 * when the case is decided. Nobody else is told, and the reporter is never named to anyone.
 */
@ExtendWith(ToolServer.class)
class ModeratorsToldIT {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notifications(Member member, String kind) {
        return ((List<Map<String, Object>>) member.ok("/api/notifications").get("items")).stream()
                .filter(n -> kind.equals(n.get("kind"))).toList();
    }

    @Test
    void moderatorsAreToldOfReportsAndReviewRequestsAndReportersOfTheDecision(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "told-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Told");
        Member moderator = Member.launch(tool, platform, "m-" + course, List.of(LEARNER), course);
        facilitator.ok("PUT", "/api/spaces/" + space + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
        Member author = Member.launch(tool, platform, "a-" + course, List.of(LEARNER), course);
        Member reporter = Member.launch(tool, platform, "r-" + course, List.of(LEARNER), course);
        Member second = Member.launch(tool, platform, "s-" + course, List.of(LEARNER), course);
        Member bystander = Member.launch(tool, platform, "b-" + course, List.of(LEARNER), course);
        String thread = facilitator.startThread(space, "Told thread", "Opening");
        String reply = author.reply(thread, "A reply that someone will report");

        assertThat(facilitator.ok("/api/spaces/" + space)).containsEntry("openCases", 0L);
        assertThat(bystander.ok("/api/spaces/" + space).get("openCases")).as("only moderators see the count").isNull();

        reporter.ok("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"HARASSMENT\"}");
        for (Member told : List.of(facilitator, moderator)) {
            List<Map<String, Object>> received = notifications(told, "REPORT_RECEIVED");
            assertThat(received).hasSize(1);
            assertThat(received.get(0)).containsEntry("threadId", thread).containsEntry("postId", reply).containsEntry("spaceId", space);
            assertThat(received.get(0).get("actorId")).as("the reporter is not named").isNull();
        }
        for (Member notTold : List.of(author, reporter, bystander)) {
            assertThat(notifications(notTold, "REPORT_RECEIVED")).isEmpty();
        }
        assertThat(facilitator.get("/api/notifications").body()).doesNotContain(reporter.personId());
        assertThat(facilitator.ok("/api/spaces/" + space)).containsEntry("openCases", 1L);
        assertThat(moderator.ok("/api/spaces/" + space)).containsEntry("openCases", 1L);

        // More reports of the same post join its case: the moderators are not told again.
        second.ok("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}");
        assertThat(notifications(moderator, "REPORT_RECEIVED")).hasSize(1);
        assertThat(facilitator.ok("/api/spaces/" + space)).containsEntry("openCases", 1L);

        author.ok("PUT", "/api/posts/" + reply, "{\"body\": \"A kinder reply\"}");
        author.ok("POST", "/api/posts/" + reply + "/review", "{}");
        for (Member told : List.of(facilitator, moderator)) {
            List<Map<String, Object>> review = notifications(told, "REVIEW_REQUESTED");
            assertThat(review).hasSize(1);
            assertThat(review.get(0)).containsEntry("actorId", author.personId()).containsEntry("threadTitle", "Told thread");
        }
        assertThat(notifications(author, "REVIEW_REQUESTED")).isEmpty();
        assertThat(notifications(reporter, "REVIEW_REQUESTED")).isEmpty();

        String caseId = (String) ((Map<?, ?>) moderator.get("/api/spaces/" + space + "/moderation/cases").jsonArray().get(0)).get("id");
        assertThat(notifications(reporter, "REPORT_DECIDED")).isEmpty();
        moderator.ok("POST", "/api/moderation/cases/" + caseId + "/transitions", "{\"to\": \"DISMISSED\", \"reason\": \"rewritten kindly\"}");
        for (Member told : List.of(reporter, second)) {
            List<Map<String, Object>> decided = notifications(told, "REPORT_DECIDED");
            assertThat(decided).hasSize(1);
            assertThat(decided.get(0).get("actorId")).isNull();
        }
        assertThat(notifications(author, "REPORT_DECIDED")).isEmpty();
        assertThat(facilitator.ok("/api/spaces/" + space)).containsEntry("openCases", 0L);
    }
}
