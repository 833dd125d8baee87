package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * The life of a space over the real API: an instructor sets it up from a launch, learners land in
 * it, start and answer threads, mention each other, react, edit and delete; the feed is
 * chronological with pinned and seeded topics first and keyset pages; unread markers clear.
 */
@ExtendWith(ToolServer.class)
class SpacesFlowIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    static String course() {
        return "course-" + UUID.randomUUID();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    @Test
    void anInstructorSetsUpTheSpaceAndLearnersLandInIt() {
        String course = course();
        Member learnerFirst = Member.launch(tool, platform, "early-learner-" + course, List.of(LEARNER), course);
        assertThat(learnerFirst.destination()).containsEntry("notSetUp", true).containsEntry("mayCreate", false);
        assertThat(learnerFirst.send("POST", "/api/spaces", "{\"title\": \"Mine\"}").status()).isEqualTo(403);

        Member instructor = Member.launch(tool, platform, "teacher-" + course, List.of(INSTRUCTOR), course);
        assertThat(instructor.destination()).containsEntry("notSetUp", true).containsEntry("mayCreate", true);
        String space = instructor.createSpace("Leading hybrid teams");

        Member learner = Member.launch(tool, platform, "learner-" + course, List.of(LEARNER), course);
        assertThat(learner.destination()).containsEntry("spaceId", space);
        Map<String, Object> view = learner.ok("/api/spaces/" + space);
        assertThat(view).containsEntry("title", "Leading hybrid teams").containsEntry("myRole", "MEMBER").containsEntry("mayPost", true)
                .containsEntry("mayFacilitate", false);
        assertThat(instructor.ok("/api/spaces/" + space)).containsEntry("myRole", "FACILITATOR");
        // The early learner's course membership makes them a member too, without launching again.
        assertThat(learnerFirst.ok("/api/spaces/" + space)).containsEntry("myRole", "MEMBER");
        assertThat(((Number) view.get("memberCount")).intValue()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void learnersTalkMentionReactEditAndDelete() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Customer conversations");
        Member ada = Member.launch(tool, platform, "ada-" + course, List.of(LEARNER), course);
        Member ben = Member.launch(tool, platform, "ben-" + course, List.of(LEARNER), course);

        String thread = ada.startThread(space, "How do you open a hard conversation?",
                "I start with **questions**. What works for [@you](mention:" + instructor.personId() + ")?", "Difficult conversations");
        Map<String, Object> mentions = instructor.ok("/api/notifications?mentions=true");
        assertThat(list(mentions, "items")).anySatisfy(n -> {
            assertThat(n).containsEntry("kind", "MENTION").containsEntry("threadId", thread);
            assertThat(n.get("actorName")).isEqualTo("Person ada-" + course);
        });

        String reply = instructor.reply(thread, "Name the purpose first.");
        String nested = ben.reply(thread, "Agree with the purpose part.");
        assertThat(ben.ok("POST", "/api/threads/" + thread + "/replies",
                "{\"body\": \"A reply to a reply\", \"parentId\": \"" + nested + "\", \"quotedPostId\": \"" + reply + "\"}")).containsKey("id");

        Map<String, Object> seen = ada.ok("/api/threads/" + thread);
        List<Map<String, Object>> posts = list(seen, "posts");
        assertThat(posts).hasSize(4);
        assertThat(posts.get(0)).containsEntry("opening", true);
        assertThat((String) posts.get(0).get("html")).contains("<strong>questions</strong>").contains("class=\"ts-mention\"")
                .contains("Person t-" + course);
        assertThat(posts.get(3)).containsEntry("parentId", nested).containsEntry("quotedPostId", reply);
        // Ada started the thread and follows it: she is told of the replies.
        assertThat(list(ada.ok("/api/notifications"), "items")).filteredOn(n -> "REPLY".equals(n.get("kind"))).hasSizeGreaterThanOrEqualTo(2);

        ben.ok("PUT", "/api/posts/" + reply + "/reactions/HELPFUL", null);
        ada.ok("PUT", "/api/posts/" + reply + "/reactions/HELPFUL", null);
        ada.ok("PUT", "/api/posts/" + reply + "/reactions/HELPFUL", null);
        Map<String, Object> reacted = list(ada.ok("/api/threads/" + thread), "posts").get(1);
        assertThat((Map<String, Object>) reacted.get("reactions")).containsEntry("HELPFUL", 2L);
        assertThat((List<Object>) reacted.get("myReactions")).containsExactly("HELPFUL");
        assertThat(ada.send("PUT", "/api/posts/" + reply + "/reactions/DISLIKE", null).status()).isEqualTo(400);

        ada.ok("PUT", "/api/posts/" + posts.get(0).get("id"), "{\"body\": \"I start with open questions.\", \"title\": \"Opening hard conversations\"}");
        assertThat(ben.send("PUT", "/api/posts/" + posts.get(0).get("id"), "{\"body\": \"hijack\"}").status()).isEqualTo(403);
        List<Object> history = ada.get("/api/posts/" + posts.get(0).get("id") + "/revisions").jsonArray();
        assertThat(history).hasSize(1);
        assertThat(((Map<String, Object>) history.get(0)).get("title")).isEqualTo("How do you open a hard conversation?");
        Map<String, Object> edited = ben.ok("/api/threads/" + thread);
        assertThat(((Map<String, Object>) edited.get("thread")).get("title")).isEqualTo("Opening hard conversations");
        assertThat(list(edited, "posts").get(0)).containsEntry("version", 2L);

        assertThat(ada.send("DELETE", "/api/posts/" + nested, null).status()).isEqualTo(403);
        ben.ok("DELETE", "/api/posts/" + nested, null);
        Map<String, Object> tombstone = list(ada.ok("/api/threads/" + thread), "posts").get(2);
        assertThat(tombstone).containsEntry("deleted", true).containsEntry("id", nested).doesNotContainKey("html");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFeedIsChronologicalWithPinnedAndSeededFirstInKeysetPages() throws Exception {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Feed");
        Member learner = Member.launch(tool, platform, "l-" + course, List.of(LEARNER), course);
        String first = learner.startThread(space, "Thread 0", "body");
        for (int i = 1; i < 24; i++) {
            learner.startThread(space, "Thread " + i, "body " + i);
        }
        instructor.ok("POST", "/api/threads/" + first + "/pin", null);
        assertThat(learner.send("POST", "/api/threads/" + first + "/lock", null).status()).isEqualTo(403);
        String seed = (String) instructor.ok("POST", "/api/spaces/" + space + "/seeds",
                "{\"title\": \"What did you try this week?\", \"body\": \"Share one thing.\"}").get("id");
        String later = (String) instructor.ok("POST", "/api/spaces/" + space + "/seeds",
                "{\"title\": \"Next month's question\", \"body\": \"Later.\", \"publishAt\": \""
                        + java.time.Instant.now().plus(java.time.Duration.ofDays(30)) + "\"}").get("id");

        Map<String, Object> page = learner.ok("/api/spaces/" + space + "/feed");
        assertThat(list(page, "pinned")).extracting(t -> t.get("id")).containsExactly(first);
        assertThat(list(page, "starters")).extracting(t -> t.get("id")).containsExactly(seed);
        assertThat(list(page, "scheduled")).isEmpty();
        List<Map<String, Object>> latest = list(page, "latest");
        assertThat(latest).hasSize(20);
        assertThat(latest.get(0).get("title")).isEqualTo("Thread 23");
        assertThat(latest).extracting(t -> t.get("id")).doesNotContain(first, seed, later);
        Map<String, Object> next = learner.ok("/api/spaces/" + space + "/feed?cursor=" + page.get("next"));
        assertThat(list(next, "latest")).hasSize(3);
        assertThat(list(next, "latest").get(2).get("title")).isEqualTo("Thread 1");
        Set<Object> seenIds = latest.stream().map(t -> t.get("id")).collect(Collectors.toSet());
        assertThat(list(next, "latest")).extracting(t -> t.get("id")).doesNotContainAnyElementsOf(seenIds);
        assertThat(next.get("next")).isNull();
        assertThat(list(instructor.ok("/api/spaces/" + space + "/feed"), "scheduled")).extracting(t -> t.get("id")).containsExactly(later);
        assertThat(learner.send("GET", "/api/threads/" + later, null).status()).isEqualTo(403);
        assertThat(learner.send("GET", "/api/spaces/" + space + "/feed?cursor=not-a-cursor", null).status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void unreadMarkersClearOnceRead() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Unread");
        Member learner = Member.launch(tool, platform, "l-" + course, List.of(LEARNER), course);
        String thread = instructor.startThread(space, "Welcome", "Say hello.");
        assertThat(list(learner.ok("/api/spaces/" + space + "/feed"), "latest").get(0)).containsEntry("unread", true);
        learner.ok("/api/threads/" + thread);
        assertThat(list(learner.ok("/api/spaces/" + space + "/feed"), "latest").get(0)).containsEntry("unread", false);
        instructor.reply(thread, "Anyone?");
        assertThat(list(learner.ok("/api/spaces/" + space + "/feed"), "latest").get(0)).containsEntry("unread", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mySpacesSayWhatEachIsForAndHowAliveItIs() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Alive");
        instructor.ok("PATCH", "/api/spaces/" + space, "{\"title\": \"Alive\", \"purpose\": \"Practice together\"}");
        Member learner = Member.launch(tool, platform, "l-" + course, List.of(LEARNER), course);
        Map<String, Object> quiet = (Map<String, Object>) learner.get("/api/spaces").jsonArray().get(0);
        assertThat(quiet).containsEntry("id", space).containsEntry("purpose", "Practice together").containsEntry("conversations", 0L)
                .containsEntry("ofMyCourse", true).containsEntry("kind", "COMMUNITY_OF_PRACTICE").containsEntry("archived", false);
        assertThat(quiet.get("lastActivityAt")).isNull();
        assertThat(((Number) quiet.get("memberCount")).intValue()).isEqualTo(2);

        String thread = instructor.startThread(space, "First", "Hello");
        instructor.ok("POST", "/api/spaces/" + space + "/seeds", "{\"title\": \"Later\", \"body\": \"Not yet.\", \"publishAt\": \""
                + java.time.Instant.now().plus(java.time.Duration.ofDays(3)) + "\"}");
        Map<String, Object> alive = (Map<String, Object>) learner.get("/api/spaces").jsonArray().get(0);
        // The scheduled topic is not counted, nor its time told.
        assertThat(alive).containsEntry("conversations", 1L);
        String lastActivity = (String) ((Map<String, Object>) instructor.ok("/api/threads/" + thread).get("thread")).get("lastActivityAt");
        assertThat(java.time.Instant.parse((String) alive.get("lastActivityAt"))).isEqualTo(java.time.Instant.parse(lastActivity));
    }

    @Test
    @SuppressWarnings("unchecked")
    void nobodyReactsToTheirOwnPostAndReportersAreToldTheyReported() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Own posts");
        Member ada = Member.launch(tool, platform, "ada-" + course, List.of(LEARNER), course);
        Member ben = Member.launch(tool, platform, "ben-" + course, List.of(LEARNER), course);
        String thread = ada.startThread(space, "Mine", "My own words.");
        String opening = (String) list(ada.ok("/api/threads/" + thread), "posts").get(0).get("id");

        ToolClient.Reply own = ada.send("PUT", "/api/posts/" + opening + "/reactions/HELPFUL", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.header("Content-Type")).startsWith("application/problem+json");
        assertThat(own.json().get("type")).asString().endsWith("/own-post");
        assertThat((Map<String, Object>) list(ada.ok("/api/threads/" + thread), "posts").get(0).get("reactions")).isEmpty();
        ben.ok("PUT", "/api/posts/" + opening + "/reactions/HELPFUL", null);

        assertThat(list(ben.ok("/api/threads/" + thread), "posts").get(0)).containsEntry("reportedByMe", false);
        assertThat(ben.send("POST", "/api/posts/" + opening + "/reports", "{\"reason\": \"SPAM\"}").status()).isEqualTo(201);
        assertThat(list(ben.ok("/api/threads/" + thread), "posts").get(0)).containsEntry("reportedByMe", true);
        assertThat(list(ada.ok("/api/threads/" + thread), "posts").get(0)).containsEntry("reportedByMe", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuiltInCodeOfConductComesInTheLaunchLanguage() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Langues");
        Member french = Member.landed(tool, platform.launch(tool.browser(), "fr-" + course, List.of(LEARNER), c -> {
            c.claim("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "fr-FR"));
        }));
        Map<String, Object> english = instructor.ok("/api/spaces/" + space + "/conduct");
        Map<String, Object> conduct = french.ok("/api/spaces/" + space + "/conduct");
        assertThat(english.get("markdown")).asString().startsWith("This space is for learning together");
        assertThat(conduct).containsEntry("scope", "BUILT_IN").containsEntry("version", 0L);
        assertThat(conduct.get("markdown")).asString().startsWith("Cet espace sert à apprendre ensemble");
        assertThat(conduct.get("html")).asString().contains("<strong>Être bienveillant et présumer la bonne foi.</strong>");
        // One version in every language: accepting the French text accepts the code.
        french.ok("POST", "/api/spaces/" + space + "/conduct/acceptance", "{\"scopeId\": \"" + conduct.get("scopeId") + "\", \"version\": 0}");
        assertThat(french.ok("/api/spaces/" + space + "/conduct")).containsEntry("accepted", true);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        String course = course();
        Member instructor = Member.launch(tool, platform, "t-" + course, List.of(INSTRUCTOR), course);
        String space = instructor.createSpace("Inputs");
        Member learner = Member.launch(tool, platform, "l-" + course, List.of(LEARNER), course);
        String tooLong = "x".repeat(20_001);
        List<String> bad = List.of("{\"title\": \"\", \"body\": \"b\"}", "{\"title\": \"t\", \"body\": \"\"}",
                "{\"title\": \"t\", \"body\": " + Member.quote(tooLong) + "}", "{\"title\": " + Member.quote("t".repeat(301)) + ", \"body\": \"b\"}",
                "{\"title\": \"t\", \"body\": \"b\", \"tags\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]}",
                "{\"title\": \"t\", \"body\": \"b\", \"audience\": \"EVERYONE\"}",
                "{\"title\": \"t\", \"body\": \"b\", \"audience\": \"PEER_GROUP\"}", "not json");
        for (String body : bad) {
            ToolClient.Reply reply = learner.send("POST", "/api/spaces/" + space + "/threads", body);
            assertThat(reply.status()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("detail")).asString().isNotBlank();
        }
        assertThat(SpacesFlowIT.list(learner.ok("/api/spaces/" + space + "/feed"), "latest")).isEmpty();
        assertThat(learner.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"ok\", \"body\": \"ok\"}").status()).isEqualTo(201);
    }
}
