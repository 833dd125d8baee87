package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thirdspace.it.AuthorizationMatrix.Action;
import org.thirdspace.it.AuthorizationMatrix.Cell;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * Who may take which moderator action — every role against every action, through the API — and
 * the audit line that every action leaves. Organisation admins handle cases (the escalated ones
 * are theirs) and keep the watch list; hiding, locking, moving and suspending belong to the
 * space's moderators.
 */
@ExtendWith(ToolServer.class)
class ModerationAuthorizationIT {


    static ToolClient tool;
    static TestPlatform platform;
    static String course;
    static String space;
    static String otherSpace;
    static String thread;
    static Member facilitator;
    static Member moderator;
    static Member admin;
    static final List<Member> authors = new ArrayList<>();
    static final AtomicInteger turn = new AtomicInteger();
    static final Map<String, Member> people = new LinkedHashMap<>();

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        course = "modauthz-" + UUID.randomUUID();
        facilitator = Member.launch(tool, platform, "instructor", List.of(INSTRUCTOR), course);
        space = facilitator.createSpace("Moderation authorization");
        otherSpace = facilitator.createSpace("Moderation authorization, elsewhere");
        moderator = Member.launch(tool, platform, "moderator", List.of(LEARNER), course);
        for (String s : List.of(space, otherSpace)) {
            facilitator.ok("PUT", "/api/spaces/" + s + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
        }
        for (int i = 0; i < 3; i++) {
            authors.add(Member.launch(tool, platform, "author" + i, List.of(LEARNER), course));
        }
        thread = facilitator.startThread(space, "Moderated", "Opening");
        admin = Member.launch(tool, platform, "admin", List.of(ORGANISATION_ADMIN), course);
        people.put("learner", Member.launch(tool, platform, "learner", List.of(LEARNER), course));
        people.put("moderator", moderator);
        people.put("instructor", facilitator);
        people.put("organisation admin in the course", admin);
        people.put("member of another course", Member.launch(tool, platform, "outsider", List.of(INSTRUCTOR), "other-" + course));
        people.put("other organisation, same ids", Member.launch(tool, other, "instructor", List.of(INSTRUCTOR), course));
    }

    static Member nextAuthor() {
        return authors.get(turn.getAndIncrement() % authors.size());
    }

    static String freshReply() {
        return nextAuthor().reply(thread, "Reply " + UUID.randomUUID());
    }

    /** A pending case about a fresh reply, opened by the facilitator hiding it. */
    static String freshCase() {
        String reply = freshReply();
        facilitator.ok("PUT", "/api/posts/" + reply + "/hidden", "{\"reason\": \"look at this\"}");
        return caseOf(reply);
    }

    @SuppressWarnings("unchecked")
    static String caseOf(String postId) {
        return facilitator.get("/api/spaces/" + space + "/moderation/cases").jsonArray().stream().map(o -> (Map<String, Object>) o)
                .filter(c -> postId.equals(c.get("postId"))).map(c -> (String) c.get("id")).findFirst().orElseThrow();
    }

    static String freshThread() {
        return nextAuthor().startThread(space, "Thread " + UUID.randomUUID(), "Body");
    }

    /** Someone to suspend, never one of the authors the other actions need. */
    static Member freshTarget() {
        return Member.launch(tool, platform, "target-" + UUID.randomUUID(), List.of(LEARNER), course);
    }

    static String freshSuspension() {
        Member target = freshTarget();
        return (String) facilitator.ok("POST", "/api/spaces/" + space + "/suspensions", suspension(target)).get("id");
    }

    static String suspension(Member target) {
        return "{\"personId\": \"" + target.personId() + "\", \"until\": \"" + Instant.now().plus(1, ChronoUnit.HOURS)
                + "\", \"reason\": \"a pause\"}";
    }

    static final List<Action> ACTIONS = List.of(
            new Action("see the queue", m -> m.get("/api/spaces/" + space + "/moderation/cases")),
            new Action("see a case", m -> m.get("/api/moderation/cases/" + freshCase())),
            new Action("uphold a pending case", m -> m.send("POST", "/api/moderation/cases/" + freshCase() + "/transitions",
                    "{\"to\": \"UPHELD\", \"reason\": \"r\"}")),
            new Action("escalate a case", m -> m.send("POST", "/api/moderation/cases/" + freshCase() + "/transitions",
                    "{\"to\": \"ESCALATED\", \"reason\": \"r\"}")),
            new Action("send a private note", m -> m.send("POST", "/api/moderation/cases/" + freshCase() + "/notes", "{\"text\": \"n\"}")),
            new Action("hide a post", m -> m.send("PUT", "/api/posts/" + freshReply() + "/hidden", "{}")),
            new Action("restore a post", m -> {
                String reply = freshReply();
                facilitator.ok("PUT", "/api/posts/" + reply + "/hidden", "{}");
                return m.send("DELETE", "/api/posts/" + reply + "/hidden", null);
            }),
            new Action("lock a thread", m -> m.send("POST", "/api/threads/" + freshThread() + "/lock", null)),
            new Action("move a thread", m -> m.send("POST", "/api/threads/" + freshThread() + "/move", "{\"spaceId\": \"" + otherSpace + "\"}")),
            new Action("suspend a member", m -> m.send("POST", "/api/spaces/" + space + "/suspensions", suspension(freshTarget()))),
            new Action("lift a suspension", m -> m.send("DELETE", "/api/spaces/" + space + "/suspensions/" + freshSuspension(), null)),
            new Action("see the audit", m -> m.get("/api/spaces/" + space + "/moderation/audit")),
            new Action("see suspensions", m -> m.get("/api/spaces/" + space + "/suspensions")),
            new Action("write the space's code", m -> m.send("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"Be kind.\"}")),
            new Action("add a watch term", m -> m.send("POST", "/api/organisation/watch-terms", "{\"term\": \"t" + UUID.randomUUID() + "\"}")),
            new Action("see escalated cases", m -> m.get("/api/organisation/moderation/cases")),
            new Action("add a space note template", m -> m.send("POST", "/api/spaces/" + space + "/moderation/note-templates",
                    "{\"title\": \"Kindly\", \"body\": \"Please rephrase.\"}")),
            new Action("see note templates", m -> m.get("/api/spaces/" + space + "/moderation/note-templates")));

    /** Expected statuses per person, in the order of {@link #ACTIONS}. */
    static final Map<String, int[]> EXPECTED = Map.of(
            "learner", new int[] {403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403},
            "moderator", new int[] {200, 200, 200, 200, 204, 204, 204, 204, 204, 201, 204, 200, 200, 403, 403, 403, 403, 200},
            "instructor", new int[] {200, 200, 200, 200, 204, 204, 204, 204, 204, 201, 204, 200, 200, 200, 403, 403, 201, 200},
            "organisation admin in the course", new int[] {200, 200, 200, 200, 204, 403, 403, 403, 403, 403, 403, 200, 403, 403, 201, 200, 403, 200},
            "member of another course", new int[] {403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403},
            "other organisation, same ids", new int[] {404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 404, 404});

    static Stream<Cell> matrix() {
        return AuthorizationMatrix.cells(ACTIONS, EXPECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyRoleAgainstEveryModeratorAction(Cell cell) {
        AuthorizationMatrix.check(cell, people);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyModeratorActionLeavesAnAuditLineWithWhoAndWhat() {
        String reply = freshReply();
        String lockThread = freshThread();
        String moveThread = freshThread();
        Member target = freshTarget();
        moderator.ok("PUT", "/api/posts/" + reply + "/hidden", "{\"reason\": \"checking\"}");
        String caseId = caseOf(reply);
        moderator.ok("POST", "/api/moderation/cases/" + caseId + "/notes", "{\"text\": \"please rephrase\"}");
        moderator.ok("DELETE", "/api/posts/" + reply + "/hidden", null);
        moderator.ok("POST", "/api/moderation/cases/" + caseId + "/transitions", "{\"to\": \"DISMISSED\", \"reason\": \"fine now\"}");
        moderator.ok("POST", "/api/threads/" + lockThread + "/lock", null);
        moderator.ok("DELETE", "/api/threads/" + lockThread + "/lock", null);
        moderator.ok("POST", "/api/threads/" + moveThread + "/move", "{\"spaceId\": \"" + otherSpace + "\"}");
        String suspensionId = (String) moderator.ok("POST", "/api/spaces/" + space + "/suspensions", suspension(target)).get("id");
        moderator.ok("DELETE", "/api/spaces/" + space + "/suspensions/" + suspensionId, null);
        facilitator.ok("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"Be kind, version " + UUID.randomUUID() + "\"}");

        List<Map<String, Object>> audit = (List<Map<String, Object>>) (List<?>) facilitator.get("/api/spaces/" + space + "/moderation/audit")
                .jsonArray();
        List<String> lines = audit.stream().map(e -> e.get("action") + " " + e.get("targetId") + " by " + e.get("actorId")).toList();
        String by = " by " + moderator.personId();
        assertThat(lines).contains("HIDE_POST " + reply + by, "SEND_NOTE " + caseId + by, "RESTORE_POST " + reply + by,
                "DECIDE_CASE " + caseId + by, "LOCK_THREAD " + lockThread + by, "UNLOCK_THREAD " + lockThread + by,
                "MOVE_THREAD " + moveThread + by, "SUSPEND_MEMBER " + target.personId() + by, "LIFT_SUSPENSION " + target.personId() + by,
                "CHANGE_CONDUCT " + space + " by " + facilitator.personId());
        assertThat(audit).allSatisfy(e -> assertThat(e.get("at")).isNotNull());
        assertThat(audit.stream().filter(e -> "DECIDE_CASE".equals(e.get("action")) && caseId.equals(e.get("targetId"))).findFirst()
                .orElseThrow().get("detail")).isEqualTo("DISMISSED: fine now");

        Map<String, Object> term = admin.ok("POST", "/api/organisation/watch-terms", "{\"term\": \"audited" + UUID.randomUUID() + "\"}");
        admin.ok("DELETE", "/api/organisation/watch-terms/" + term.get("id"), null);
        admin.ok("PUT", "/api/organisation/conduct", "{\"body\": \"Our organisation's code\"}");
        List<String> organisation = admin.get("/api/organisation/moderation/audit").jsonArray().stream()
                .map(e -> ((Map<String, Object>) e).get("action") + " by " + ((Map<String, Object>) e).get("actorId")).toList();
        assertThat(organisation).contains("ADD_WATCH_TERM by " + admin.personId(), "REMOVE_WATCH_TERM by " + admin.personId(),
                "CHANGE_CONDUCT by " + admin.personId());
        assertThat(moderator.get("/api/organisation/moderation/audit").status()).isEqualTo(403);
    }
}
