package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.quote;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * The safe space through the API: the code of conduct gate, reports and their threshold, the
 * gentle-correction loop with its recorded history, suspensions on every write, personal controls,
 * the watch list, rate limits and size limits that leave nothing half-written, and the tenant
 * boundary around all of it.
 */
@ExtendWith(ToolServer.class)
class SafeSpaceIT {


    static ToolClient tool;
    static TestPlatform platform;
    static String course;
    static String space;
    static Member facilitator;
    static Member moderator;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        course = "safe-" + UUID.randomUUID();
        facilitator = Member.launch(tool, platform, "facilitator", List.of(INSTRUCTOR), course);
        space = facilitator.createSpace("Safe space");
        moderator = learner("moderator");
        facilitator.ok("PUT", "/api/spaces/" + space + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
    }

    static Member learner(String name) {
        return Member.launch(tool, platform, name + "-" + UUID.randomUUID(), List.of(LEARNER), course);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> posts(Member reader, String thread) {
        return (List<Map<String, Object>>) reader.ok("/api/threads/" + thread).get("posts");
    }

    static Map<String, Object> post(Member reader, String thread, String postId) {
        return posts(reader, thread).stream().filter(p -> postId.equals(p.get("id"))).findFirst().orElseThrow();
    }

    static String problem(ToolClient.Reply reply) {
        String type = (String) reply.json().get("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    static String report(Member reporter, String postId, String reason) {
        return (String) reporter.ok("POST", "/api/posts/" + postId + "/reports", "{\"reason\": \"" + reason + "\"}").get("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> openCaseOf(String postId) {
        return moderator.get("/api/spaces/" + space + "/moderation/cases").jsonArray().stream().map(o -> (Map<String, Object>) o)
                .filter(c -> postId.equals(c.get("postId"))).findFirst().orElseThrow(() -> new AssertionError("no open case for " + postId));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inFeed(Member reader, String thread) {
        return ((List<Map<String, Object>>) reader.ok("/api/spaces/" + space + "/feed").get("latest")).stream()
                .filter(t -> thread.equals(t.get("id"))).findFirst().orElseThrow(() -> new AssertionError(thread + " not in the feed"));
    }

    @Test
    void aThreadWhoseOpeningPostIsHiddenKeepsItsTitleFromOtherMembers() {
        Member author = learner("titled");
        Member reader = learner("reader");
        String thread = author.startThread(space, "A title that needs a second look", "Opening words");
        String opening = (String) posts(author, thread).get(0).get("id");
        assertThat(inFeed(reader, thread)).containsEntry("title", "A title that needs a second look").containsEntry("hidden", false);

        moderator.ok("PUT", "/api/posts/" + opening + "/hidden", "{\"reason\": \"checking the title\"}");
        Map<String, Object> seen = inFeed(reader, thread);
        assertThat(seen).containsEntry("hidden", true);
        assertThat(seen.get("title")).as("no title for other members").isNull();
        assertThat(((Map<?, ?>) reader.ok("/api/threads/" + thread).get("thread")).get("title")).isNull();
        assertThat(inFeed(author, thread)).containsEntry("title", "A title that needs a second look").containsEntry("hidden", true);
        assertThat(inFeed(moderator, thread)).containsEntry("title", "A title that needs a second look").containsEntry("hidden", true);

        moderator.ok("DELETE", "/api/posts/" + opening + "/hidden", null);
        assertThat(inFeed(reader, thread)).containsEntry("title", "A title that needs a second look").containsEntry("hidden", false);
    }

    @Test
    void writingWaitsForTheCodeOfConductWhileReadingDoesNot() {
        Member newcomer = learner("newcomer").strict();
        String thread = facilitator.startThread(space, "Welcome", "Say hello");
        assertThat(newcomer.get("/api/threads/" + thread).status()).isEqualTo(200);
        assertThat(newcomer.get("/api/spaces/" + space + "/feed").status()).isEqualTo(200);

        ToolClient.Reply refused = newcomer.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"hi\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(problem(refused)).isEqualTo("conduct-not-accepted");
        assertThat(refused.json()).containsEntry("space", space);
        for (ToolClient.Reply write : List.of(
                newcomer.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\"}"),
                newcomer.send("PUT", "/api/posts/" + posts(facilitator, thread).get(0).get("id") + "/reactions/THANKS", null),
                newcomer.send("POST", "/api/posts/" + posts(facilitator, thread).get(0).get("id") + "/reports", "{\"reason\": \"SPAM\"}"))) {
            assertThat(write.status()).as(write.toString()).isEqualTo(403);
            assertThat(problem(write)).isEqualTo("conduct-not-accepted");
        }
        assertThat(posts(facilitator, thread)).hasSize(1);

        Map<String, Object> conduct = newcomer.ok("/api/spaces/" + space + "/conduct");
        assertThat(conduct).containsEntry("accepted", false);
        assertThat(conduct.get("scope")).isIn("BUILT_IN", "SPACE");
        assertThat((String) conduct.get("html")).contains("<li>");
        newcomer.acceptConduct(space);
        assertThat(newcomer.ok("/api/spaces/" + space + "/conduct")).containsEntry("accepted", true);
        newcomer.reply(thread, "Hello, glad to be here");

        // A new version of the space's code asks again; accepting the old one is refused.
        Map<String, Object> before = newcomer.ok("/api/spaces/" + space + "/conduct");
        assertThat(facilitator.ok("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"Be kind. Version " + UUID.randomUUID() + "\"}"))
                .containsKey("version");
        Map<String, Object> after = newcomer.ok("/api/spaces/" + space + "/conduct");
        assertThat(after).containsEntry("accepted", false).containsEntry("scope", "SPACE");
        assertThat(newcomer.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"again\"}").status()).isEqualTo(403);
        ToolClient.Reply stale = newcomer.send("POST", "/api/spaces/" + space + "/conduct/acceptance",
                "{\"scopeId\": \"" + before.get("scopeId") + "\", \"version\": " + before.get("version") + "}");
        assertThat(stale.status()).isEqualTo(409);
        newcomer.acceptConduct(space);
        newcomer.reply(thread, "Accepted the new code");

        // Only facilitators write the space's code.
        assertThat(newcomer.send("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"mine\"}").status()).isEqualTo(403);
        assertThat(moderator.send("PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"mine\"}").status()).isEqualTo(403);
    }

    @Test
    void enoughReportersHideAPostAndTheReporterFollowsTheOutcome() {
        Member author = learner("author");
        Member reader = learner("reader");
        String thread = facilitator.startThread(space, "Reports", "Opening");
        String word = "unkindword" + UUID.randomUUID().toString().substring(0, 8);
        String reply = author.reply(thread, "Something unkind " + word);
        Member first = learner("r1");
        Member second = learner("r2");
        Member third = learner("r3");

        assertThat(author.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}").status())
                .as("nobody reports their own post").isEqualTo(403);
        assertThat(first.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"RUDE\"}").status()).isEqualTo(400);
        assertThat(first.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"OTHER\"}").status())
                .as("OTHER needs words").isEqualTo(400);
        report(first, reply, "HARASSMENT");
        ToolClient.Reply again = first.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}");
        assertThat(again.status()).as("one report per person and post").isEqualTo(409);
        report(second, reply, "HATE");
        assertThat(post(reader, thread, reply)).containsEntry("hidden", false);
        second.ok("POST", "/api/posts/" + posts(facilitator, thread).get(0).get("id") + "/reports",
                "{\"reason\": \"OTHER\", \"text\": \"not sure this belongs here\"}");
        report(third, reply, "HARASSMENT");

        Map<String, Object> hiddenForReader = post(reader, thread, reply);
        assertThat(hiddenForReader).containsEntry("hidden", true);
        assertThat(hiddenForReader.get("html")).isNull();
        assertThat(hiddenForReader.get("markdown")).isNull();
        assertThat(post(author, thread, reply)).containsEntry("hidden", true).extracting("markdown").asString().startsWith("Something unkind");
        assertThat(post(moderator, thread, reply)).containsEntry("hidden", true).extracting("html").isNotNull();
        assertThat(reader.get("/api/threads/" + thread).body()).doesNotContain(first.personId(), "HARASSMENT");
        assertThat(reader.get("/api/search?q=" + word).jsonArray()).as("a hidden post is not found by others").isEmpty();
        assertThat(author.get("/api/search?q=" + word).jsonArray()).as("its author still finds it").hasSize(1);
        assertThat(moderator.get("/api/search?q=" + word).jsonArray()).hasSize(1);

        Map<String, Object> c = openCaseOf(reply);
        assertThat(c).containsEntry("state", "PENDING").containsEntry("origin", "REPORTS").containsEntry("hidden", true);
        assertThat(((Number) c.get("reporters")).intValue()).isEqualTo(3);
        assertThat(reader.get("/api/spaces/" + space + "/moderation/cases").status()).isEqualTo(403);
        assertThat(reader.get("/api/moderation/cases/" + c.get("id")).status()).isEqualTo(403);
        assertThat(author.get("/api/moderation/cases/" + c.get("id")).status()).isEqualTo(403);

        @SuppressWarnings("unchecked")
        Map<String, Object> mine = (Map<String, Object>) first.get("/api/me/reports").jsonArray().get(0);
        assertThat(mine).containsEntry("postId", reply).containsEntry("outcome", "UNDER_REVIEW").containsEntry("reason", "HARASSMENT");
        assertThat(first.get("/api/me/reports").body()).doesNotContain(second.personId(), third.personId());

        moderator.ok("POST", "/api/moderation/cases/" + c.get("id") + "/transitions", "{\"to\": \"UPHELD\", \"reason\": \"harassment\"}");
        assertThat(((Map<?, ?>) first.get("/api/me/reports").jsonArray().get(0)).get("outcome")).isEqualTo("UPHELD");
        assertThat(post(reader, thread, reply)).as("upholding leaves the post hidden").containsEntry("hidden", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void gentleCorrectionFromPrivateNoteToRestoreIsRecordedStepByStep() {
        Member author = learner("author");
        Member reporter = learner("reporter");
        Member reader = learner("reader");
        String thread = facilitator.startThread(space, "Correction", "Opening");
        String reply = author.reply(thread, "Version one, a bit harsh");
        report(reporter, reply, "OFF_TOPIC");
        String caseId = (String) openCaseOf(reply).get("id");

        moderator.ok("PUT", "/api/posts/" + reply + "/hidden", "{\"reason\": \"while we talk\"}");
        assertThat(post(reader, thread, reply)).containsEntry("hidden", true);
        moderator.ok("POST", "/api/moderation/cases/" + caseId + "/notes", "{\"text\": \"Could you rephrase this kindly?\"}");

        List<Object> items = (List<Object>) author.ok("/api/notifications").get("items");
        Map<String, Object> note = (Map<String, Object>) items.get(0);
        assertThat(note).containsEntry("kind", "MODERATOR_NOTE").containsEntry("threadId", thread);
        assertThat(note.get("actorId")).as("the note comes from the moderators, not a named person").isNull();
        Map<String, Object> review = author.ok("/api/posts/" + reply + "/review");
        assertThat(review).containsEntry("hidden", true).containsEntry("underReview", true);
        assertThat(post(author, thread, reply)).as("the author sees it waits for a review").containsEntry("underReview", true);
        assertThat(post(reader, thread, reply)).as("others do not").containsEntry("underReview", false);
        assertThat((List<Map<String, Object>>) review.get("notes")).extracting(n -> n.get("text")).containsExactly("Could you rephrase this kindly?");
        assertThat(reader.get("/api/posts/" + reply + "/review").status()).isEqualTo(403);

        author.ok("PUT", "/api/posts/" + reply, "{\"body\": \"Version two, kinder\"}");
        author.ok("POST", "/api/posts/" + reply + "/review", "{\"message\": \"I rewrote it\"}");
        Map<String, Object> queued = openCaseOf(reply);
        assertThat(queued.get("reviewRequestedAt")).isNotNull();
        moderator.ok("DELETE", "/api/posts/" + reply + "/hidden", null);
        assertThat(post(reader, thread, reply)).containsEntry("hidden", false).extracting("html").asString().contains("Version two");
        moderator.ok("POST", "/api/moderation/cases/" + caseId + "/transitions", "{\"to\": \"DISMISSED\", \"reason\": \"resolved by the author\"}");

        Map<String, Object> view = moderator.ok("/api/moderation/cases/" + caseId);
        List<Map<String, Object>> history = (List<Map<String, Object>>) view.get("history");
        assertThat(history).extracting(s -> s.get("kind")).containsExactly("OPENED", "REPORTED", "HIDDEN", "NOTE_SENT", "REVIEW_REQUESTED",
                "RESTORED", "DISMISSED");
        assertThat(history.get(3)).containsEntry("content", "Version one, a bit harsh").containsEntry("actorId", moderator.personId())
                .containsEntry("reason", "Could you rephrase this kindly?");
        assertThat(history.get(4)).containsEntry("content", "Version two, kinder").containsEntry("actorId", author.personId());
        assertThat(history.get(6)).containsEntry("from", "PENDING").containsEntry("to", "DISMISSED").containsEntry("reason", "resolved by the author");
        assertThat(history).allSatisfy(s -> assertThat(s.get("at")).isNotNull());
        assertThat((List<Map<String, Object>>) view.get("reports")).extracting(r -> r.get("reason")).containsExactly("OFF_TOPIC");
        assertThat(author.get("/api/posts/" + reply + "/revisions").jsonArray()).as("the edit kept the earlier version")
                .extracting(r -> ((Map<String, Object>) r).get("markdown")).containsExactly("Version one, a bit harsh");

        List<Object> audit = moderator.get("/api/spaces/" + space + "/moderation/audit").jsonArray();
        assertThat(audit).extracting(e -> ((Map<String, Object>) e).get("action") + " " + ((Map<String, Object>) e).get("targetId"))
                .contains("HIDE_POST " + reply, "RESTORE_POST " + reply, "SEND_NOTE " + caseId, "DECIDE_CASE " + caseId);
    }

    @Test
    void illegalTransitionsAreRefusedAndEscalatedCasesBelongToTheAdmins() {
        Member author = learner("author");
        Member admin = Member.launch(tool, platform, "admin-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        String thread = facilitator.startThread(space, "Escalation", "Opening");
        String reply = author.reply(thread, "Borderline");
        report(learner("reporter"), reply, "MISINFORMATION");
        String caseId = (String) openCaseOf(reply).get("id");
        String transitions = "/api/moderation/cases/" + caseId + "/transitions";

        assertThat(moderator.send("POST", transitions, "{\"to\": \"PENDING\", \"reason\": \"x\"}").status()).isEqualTo(409);
        assertThat(moderator.send("POST", transitions, "{\"to\": \"ESCALATED\"}").status()).as("a reason is required").isEqualTo(400);
        moderator.ok("POST", transitions, "{\"to\": \"ESCALATED\", \"reason\": \"needs HR\"}");
        ToolClient.Reply byModerator = moderator.send("POST", transitions, "{\"to\": \"UPHELD\", \"reason\": \"x\"}");
        assertThat(byModerator.status()).isEqualTo(403);
        assertThat(moderator.send("POST", transitions, "{\"to\": \"ESCALATED\", \"reason\": \"x\"}").status()).isEqualTo(409);
        assertThat(admin.get("/api/organisation/moderation/cases").body()).contains(caseId);
        assertThat(moderator.get("/api/organisation/moderation/cases").status()).isEqualTo(403);
        admin.ok("POST", transitions, "{\"to\": \"UPHELD\", \"reason\": \"confirmed\"}");
        ToolClient.Reply closed = admin.send("POST", transitions, "{\"to\": \"DISMISSED\", \"reason\": \"changed my mind\"}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(problem(closed)).isEqualTo("illegal-transition");
        assertThat(moderator.ok("/api/moderation/cases/" + caseId).get("summary")).extracting("state").isEqualTo("UPHELD");
    }

    @Test
    void aSuspendedMemberCannotWriteThroughAnyApiUntilItIsLifted() {
        Member member = learner("suspended");
        String thread = facilitator.startThread(space, "Suspension", "Opening");
        String own = member.reply(thread, "Before the suspension");
        String ownThread = member.startThread(space, "Mine, kept in the space", "For the space only");
        String other = posts(facilitator, thread).get(0).get("id").toString();
        Map<String, Object> suspension = moderator.ok("POST", "/api/spaces/" + space + "/suspensions", "{\"personId\": \""
                + member.personId() + "\", \"until\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\", \"reason\": \"cooling off\"}");

        List<ToolClient.Reply> writes = List.of(
                member.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\"}"),
                member.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"b\"}"),
                member.send("PUT", "/api/posts/" + own, "{\"body\": \"edited\"}"),
                member.send("PUT", "/api/posts/" + other + "/reactions/HELPFUL", null),
                member.send("POST", "/api/posts/" + other + "/reports", "{\"reason\": \"SPAM\"}"),
                member.send("POST", "/api/threads/" + ownThread + "/audience", "{\"audience\": \"ORGANISATION\"}"),
                member.send("POST", "/api/posts/" + own + "/share", null));
        for (ToolClient.Reply write : writes) {
            assertThat(write.status()).as(write.toString()).isEqualTo(403);
            assertThat(problem(write)).isEqualTo("suspended");
        }
        assertThat(posts(facilitator, thread)).hasSize(2);
        assertThat(post(facilitator, thread, own).get("html").toString()).contains("Before the suspension");
        assertThat(((Map<?, ?>) member.ok("/api/threads/" + ownThread).get("thread")).get("audience")).isEqualTo("SPACE");
        assertThat(member.get("/api/threads/" + thread).status()).as("reading goes on").isEqualTo(200);
        assertThat(member.get("/api/spaces/" + space + "/suspensions").status()).isEqualTo(403);
        assertThat(moderator.get("/api/spaces/" + space + "/suspensions").body()).contains(member.personId());
        assertThat(moderator.send("POST", "/api/spaces/" + space + "/suspensions", "{\"personId\": \"" + facilitator.personId()
                + "\", \"until\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\", \"reason\": \"x\"}").status())
                .as("a moderator does not suspend a facilitator").isEqualTo(403);

        moderator.ok("DELETE", "/api/spaces/" + space + "/suspensions/" + suspension.get("id"), null);
        member.reply(thread, "After the suspension");
        assertThat(moderator.get("/api/spaces/" + space + "/moderation/audit").body()).contains("SUSPEND_MEMBER", "LIFT_SUSPENSION");
    }

    @Test
    void postingFasterThanTheLimitIsRefusedWith429AndNothingIsWritten() {
        Member fast = learner("fast");
        String thread = facilitator.startThread(space, "Rate limit", "Opening");
        ToolClient.Reply refused = null;
        int written = 0;
        for (int i = 0; i <= ToolServer.POSTS_PER_MINUTE && refused == null; i++) {
            ToolClient.Reply reply = fast.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"reply " + i + "\"}");
            if (reply.status() == 429) {
                refused = reply;
            } else {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                written++;
            }
        }
        assertThat(written).isEqualTo(ToolServer.POSTS_PER_MINUTE);
        assertThat(refused).isNotNull();
        assertThat(problem(refused)).isEqualTo("rate-limited");
        assertThat(refused.json().get("detail").toString()).contains("Try again in");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        ToolClient.Reply newThread = fast.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"one more\", \"body\": \"b\"}");
        assertThat(newThread.status()).isEqualTo(429);
        assertThat(posts(facilitator, thread)).hasSize(1 + ToolServer.POSTS_PER_MINUTE);
        assertThat(facilitator.get("/api/spaces/" + space + "/feed").body()).doesNotContain("one more");
    }

    @Test
    void reportingFasterThanTheLimitIsRefusedWith429() {
        Member author = learner("prolific");
        Member reporter = learner("eager");
        String thread = facilitator.startThread(space, "Report limit", "Opening");
        String last = null;
        for (int i = 0; i < 20; i++) {
            report(reporter, author.reply(thread, "post " + i), "SPAM");
        }
        last = author.reply(thread, "post 21");
        ToolClient.Reply refused = reporter.send("POST", "/api/posts/" + last + "/reports", "{\"reason\": \"SPAM\"}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(reporter.get("/api/me/reports").jsonArray()).hasSize(20);
    }

    @Test
    void aBodyOverTheLimitIsRefusedClearlyAndNothingIsWritten() {
        Member writer = learner("long");
        String thread = facilitator.startThread(space, "Size", "Opening");
        String huge = "x".repeat(20_001);
        ToolClient.Reply refused = writer.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": " + quote(huge) + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()).containsEntry("field", "body");
        assertThat(refused.json().get("detail").toString()).contains("20000");
        ToolClient.Reply thread2 = writer.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"too long\", \"body\": " + quote(huge) + "}");
        assertThat(thread2.status()).isEqualTo(400);
        assertThat(posts(facilitator, thread)).hasSize(1);
        assertThat(facilitator.get("/api/spaces/" + space + "/feed").body()).doesNotContain("too long");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mutedThreadsAndBlockedMembersAreQuiet() {
        Member me = learner("me");
        Member pest = learner("pest");
        String thread = me.startThread(space, "Mine", "I follow my own thread");
        pest.reply(thread, "first reply");
        assertThat((List<Object>) me.ok("/api/notifications").get("items")).hasSize(1);

        me.ok("PUT", "/api/threads/" + thread + "/mute", null);
        assertThat(me.ok("/api/threads/" + thread)).containsEntry("muted", true);
        pest.reply(thread, "second reply");
        assertThat((List<Object>) me.ok("/api/notifications").get("items")).as("muted").hasSize(1);
        me.ok("DELETE", "/api/threads/" + thread + "/mute", null);

        me.ok("PUT", "/api/people/" + pest.personId() + "/block", null);
        String mention = pest.reply(thread, "hey @[" + "Person me" + "](" + me.personId() + ") look");
        assertThat((List<Object>) me.ok("/api/notifications").get("items")).as("blocked: no reply, no mention").hasSize(1);
        assertThat(post(me, thread, mention)).containsEntry("collapsed", true);
        assertThat(post(facilitator, thread, mention)).containsEntry("collapsed", false);
        assertThat(me.send("PUT", "/api/people/" + me.personId() + "/block", null).status()).isEqualTo(400);
        me.ok("DELETE", "/api/people/" + pest.personId() + "/block", null);
        assertThat(post(me, thread, mention)).containsEntry("collapsed", false);
    }

    @Test
    void aPostWithAWatchedTermIsPublishedAndQueued() {
        Member admin = Member.launch(tool, platform, "admin-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        String term = "zorblax" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(moderator.send("POST", "/api/organisation/watch-terms", "{\"term\": \"" + term + "\"}").status()).isEqualTo(403);
        Map<String, Object> added = admin.ok("POST", "/api/organisation/watch-terms", "{\"term\": \"  " + term.toUpperCase() + " \"}");
        assertThat(added).containsEntry("term", term);
        Member writer = learner("writer");
        String thread = facilitator.startThread(space, "Watch", "Opening");
        String reply = writer.reply(thread, "Contains " + term + " here");
        assertThat(post(learner("reader"), thread, reply)).containsEntry("hidden", false);
        assertThat(openCaseOf(reply)).containsEntry("origin", "WATCH_LIST").containsEntry("state", "PENDING");
        admin.ok("DELETE", "/api/organisation/watch-terms/" + added.get("id"), null);
        assertThat(admin.get("/api/organisation/watch-terms").body()).doesNotContain(term);
    }

    @Test
    void aModeratorMovesAThreadToAnotherSpaceTheyModerate() {
        String other = facilitator.createSpace("Other space");
        facilitator.ok("PUT", "/api/spaces/" + other + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
        String thread = learner("asker").startThread(space, "Wrong place " + UUID.randomUUID(), "Asked here by mistake");
        Member member = learner("member");
        assertThat(member.send("POST", "/api/threads/" + thread + "/move", "{\"spaceId\": \"" + other + "\"}").status()).isEqualTo(403);
        moderator.ok("POST", "/api/threads/" + thread + "/move", "{\"spaceId\": \"" + other + "\"}");
        assertThat(facilitator.ok("/api/threads/" + thread).get("thread")).extracting("spaceId").isEqualTo(other);
        assertThat(moderator.get("/api/spaces/" + other + "/moderation/audit").body()).contains("MOVE_THREAD");
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        TestPlatform otherPlatform = TestPlatform.register(tool);
        Member stranger = Member.launch(tool, otherPlatform, "moderator", List.of(INSTRUCTOR), course);
        Member author = learner("author");
        String thread = facilitator.startThread(space, "Tenant", "Opening");
        String reply = author.reply(thread, "Reported");
        report(learner("reporter"), reply, "SPAM");
        String caseId = (String) openCaseOf(reply).get("id");
        assertThat(stranger.get("/api/moderation/cases/" + caseId).status()).isEqualTo(404);
        assertThat(stranger.send("POST", "/api/moderation/cases/" + caseId + "/transitions", "{\"to\": \"DISMISSED\", \"reason\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(stranger.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}").status()).isEqualTo(404);
        assertThat(stranger.send("PUT", "/api/posts/" + reply + "/hidden", "{}").status()).isEqualTo(404);
        assertThat(stranger.get("/api/spaces/" + space + "/moderation/cases").status()).isEqualTo(404);
        assertThat(stranger.get("/api/spaces/" + space + "/conduct").status()).isEqualTo(404);
        assertThat(stranger.send("PUT", "/api/people/" + author.personId() + "/block", null).status()).isEqualTo(404);
        assertThat(stranger.send("PUT", "/api/threads/" + thread + "/mute", null).status()).isEqualTo(404);
        assertThat(stranger.get("/api/me/reports").jsonArray()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void noteTemplatesComeFromTheOrganisationAndTheSpace() {
        Member admin = Member.launch(tool, platform, "admin-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        String orgTitle = "Organisation template " + UUID.randomUUID();
        String spaceTitle = "Space template " + UUID.randomUUID();
        Map<String, Object> org = admin.ok("POST", "/api/organisation/note-templates", "{\"title\": \"" + orgTitle + "\", \"body\": \"Please be kind.\"}");
        Map<String, Object> own = facilitator.ok("POST", "/api/spaces/" + space + "/moderation/note-templates",
                "{\"title\": \"" + spaceTitle + "\", \"body\": \"Stay on topic, please.\"}");
        assertThat(own).containsEntry("scope", "SPACE");
        assertThat(moderator.send("POST", "/api/organisation/note-templates", "{\"title\": \"x\", \"body\": \"y\"}").status()).isEqualTo(403);
        List<Object> listed = moderator.get("/api/spaces/" + space + "/moderation/note-templates").jsonArray();
        assertThat(listed).extracting(t -> ((Map<String, Object>) t).get("title")).contains(orgTitle, spaceTitle);
        assertThat(learner("curious").get("/api/spaces/" + space + "/moderation/note-templates").status()).isEqualTo(403);
        assertThat(moderator.send("DELETE", "/api/organisation/note-templates/" + org.get("id"), null).status()).isEqualTo(403);
        facilitator.ok("DELETE", "/api/organisation/note-templates/" + own.get("id"), null);
        admin.ok("DELETE", "/api/organisation/note-templates/" + org.get("id"), null);
        assertThat(moderator.get("/api/spaces/" + space + "/moderation/note-templates").body()).doesNotContain(orgTitle, spaceTitle);
        assertThat(facilitator.get("/api/spaces/" + space + "/moderation/audit").body()).contains("ADD_NOTE_TEMPLATE", "REMOVE_NOTE_TEMPLATE");
    }

    @Test
    void aNewOrganisationDefaultAsksMembersOfSpacesWithoutTheirOwnCodeAgain() {
        TestPlatform organisation = TestPlatform.register(tool);
        String ownCourse = "org-code-" + UUID.randomUUID();
        Member teacher = Member.launch(tool, organisation, "teacher", List.of(INSTRUCTOR), ownCourse);
        String plain = teacher.createSpace("Uses the organisation's code");
        Member member = Member.launch(tool, organisation, "member", List.of(LEARNER), ownCourse).strict();
        Member admin = Member.launch(tool, organisation, "admin", List.of(ORGANISATION_ADMIN), ownCourse);
        member.acceptConduct(plain);
        String thread = teacher.startThread(plain, "Hello", "Opening");
        member.reply(thread, "Before the organisation wrote its code");

        assertThat(member.send("PUT", "/api/organisation/conduct", "{\"body\": \"mine\"}").status()).isEqualTo(403);
        assertThat(admin.ok("PUT", "/api/organisation/conduct", "{\"body\": \"Our organisation's code: **be kind**.\"}"))
                .containsEntry("version", 1L);
        Map<String, Object> conduct = member.ok("/api/spaces/" + plain + "/conduct");
        assertThat(conduct).containsEntry("scope", "ORGANISATION").containsEntry("accepted", false);
        assertThat((String) conduct.get("html")).contains("<strong>be kind</strong>");
        ToolClient.Reply refused = member.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"after\"}");
        assertThat(problem(refused)).isEqualTo("conduct-not-accepted");
        member.acceptConduct(plain);
        member.reply(thread, "After accepting the organisation's code");
        assertThat(admin.get("/api/organisation/moderation/audit").body()).contains("CHANGE_CONDUCT");
    }

    @Test
    void theSafeSpaceApiIsInTheOpenApiDocument() {
        String openapi = tool.get("/openapi").body();
        assertThat(openapi).contains("/api/posts/{id}/reports", "/api/moderation/cases/{caseId}/transitions",
                "/api/moderation/cases/{caseId}/notes", "/api/spaces/{id}/conduct", "/api/spaces/{id}/moderation/cases",
                "/api/spaces/{id}/suspensions", "/api/threads/{id}/mute", "/api/people/{personId}/block",
                "/api/organisation/watch-terms", "/api/me/reports");
    }

    /** The same requests sent at once, on a few threads; the statuses in any order. */
    static List<Integer> atOnce(int requests, java.util.function.Supplier<ToolClient.Reply> call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ToolClient.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                replies.add(pool.submit(call::get));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<ToolClient.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reportsSentAtOnceCountOnce() throws Exception {
        Member author = learner("author");
        Member reporter = learner("double-clicker");
        String thread = facilitator.startThread(space, "Concurrent reports", "Opening");
        String reply = author.reply(thread, "Reported twice at once");
        reporter.acceptConduct(space);
        List<Integer> statuses = atOnce(6, () -> reporter.send("POST", "/api/posts/" + reply + "/reports", "{\"reason\": \"SPAM\"}"));
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(reporter.get("/api/me/reports").jsonArray()).hasSize(1);
        assertThat(((Number) openCaseOf(reply).get("reporters")).intValue()).isEqualTo(1);
    }

    @Test
    void postsSentAtOnceStillStopAtTheLimit() throws Exception {
        Member burst = learner("burst");
        String thread = facilitator.startThread(space, "Concurrent posts", "Opening");
        burst.acceptConduct(space);
        int over = 5;
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = atOnce(ToolServer.POSTS_PER_MINUTE + over,
                () -> burst.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"burst " + n.incrementAndGet() + "\"}"));
        assertThat(statuses).containsOnly(201, 429);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(ToolServer.POSTS_PER_MINUTE);
        assertThat(posts(facilitator, thread)).hasSize(1 + ToolServer.POSTS_PER_MINUTE);
    }
}
