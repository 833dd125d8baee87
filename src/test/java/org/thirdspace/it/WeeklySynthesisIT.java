package org.thirdspace.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.quote;

/**
 * The weekly synthesis against the real WAR, on a seeded week: last week's posts are written through
 * the API and then dated into that week in the database (the server's own clock cannot be moved), so
 * that a question can be older than 72 hours. Its own server, because the test dates rows directly:
 * on H2 the database is opened in mixed mode (AUTO_SERVER) so this JVM can reach it too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklySynthesisIT {

    private PayaraMicroServer server;
    private ToolClient tool;
    private String dbUrl;
    private String dbUser;

    private TestPlatform platform;
    private String course;
    private Member fay;
    private Member sy;
    private Member ana;
    private Member bo;
    private Member cy;
    private Member di;
    private String space;
    private String handover;
    private String coffee;
    private String question;
    private String answered;
    private final Map<String, String> bodies = new HashMap<>();
    private final LocalDate lastMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

    @BeforeAll
    void seedAWeek() throws Exception {
        Path dir = Files.createTempDirectory("thirdspace-synthesis-");
        String pg = System.getProperty("thirdspace.it.db.url", "");
        Map<String, String> settings = new HashMap<>(Map.of("thirdspace.safety.posts-per-minute", "1000",
                "thirdspace.synthesis.schedule-seconds", "0", "thirdspace.keys.min-publish-seconds", "2"));
        if (pg.startsWith("jdbc:postgresql:")) {
            dbUrl = pg;
            dbUser = System.getProperty("thirdspace.it.db.user", "");
        } else {
            dbUrl = PayaraMicroServer.mixedModeH2(dir);
            dbUser = "";
            settings.put("thirdspace.db.url", dbUrl);
        }
        server = PayaraMicroServer.start("synthesis", dir, settings);
        server.awaitReady(PayaraMicroServer.START_TIMEOUT);
        tool = new ToolClient(server);

        platform = TestPlatform.register(tool);
        course = "synthesis-" + UUID.randomUUID().toString().substring(0, 8);
        fay = Member.launch(tool, platform, "fay-" + course, List.of(INSTRUCTOR), course);
        space = fay.createSpace("Night shift");
        sy = Member.launch(tool, platform, "sy-" + course, List.of(LEARNER), course);
        ana = Member.launch(tool, platform, "ana-" + course, List.of(LEARNER), course);
        bo = Member.launch(tool, platform, "bo-" + course, List.of(LEARNER), course);
        cy = Member.launch(tool, platform, "cy-" + course, List.of(LEARNER), course);
        di = Member.launch(tool, platform, "di-" + course, List.of(LEARNER), course);
        for (Member m : List.of(sy, ana, bo, cy, di)) {
            m.ok("/api/spaces/" + space);
        }
        assertThat(fay.send("PUT", "/api/spaces/" + space + "/members/" + sy.personId() + "/role", "{\"role\": \"SYNTHESIZER\"}").status())
                .isEqualTo(204);

        // Four people in the handover thread; two in the coffee thread, which everyone thanks.
        handover = thread(ana, "Handover notes", "Written handover notes prevent repeated mistakes between the night shift and the day"
                + " shift. I keep mine in the shared folder.", "handover");
        reply(bo, handover, "Handover notes between the night shift and the day shift saved me twice this week.");
        reply(cy, handover, "We should agree on one template for handover notes, so the day shift finds things quickly.");
        reply(di, handover, "A short template for handover notes would help the night shift most.");
        coffee = thread(bo, "Coffee machine", "The coffee machine on the second floor is fixed again. Enjoy it while it lasts.");
        reply(ana, coffee, "Finally some good coffee for the long nights ahead of us.");
        reply(ana, coffee, "And the milk is fresh too, someone restocked the fridge.");
        String opening = (String) ModerationHidesIT.posts(bo, coffee).get(0).get("id");
        for (Member m : List.of(ana, cy, di, sy, fay)) {
            m.send("PUT", "/api/posts/" + opening + "/reactions/THANKS", null);
        }
        question = thread(cy, "Who signs the overtime forms?", "Who signs the overtime forms when the supervisor is away on nights?");
        answered = thread(di, "Where is the first aid kit?", "Where is the first aid kit on the night shift ward?");
        reply(ana, answered, "The first aid kit is behind the nurses' desk, next to the fire extinguisher.");

        // What the members cannot all read, with words that must never reach the synthesis.
        String group = (String) fay.ok("POST", "/api/spaces/" + space + "/peer-groups",
                "{\"name\": \"Group A\", \"members\": [\"" + ana.personId() + "\", \"" + bo.personId() + "\"]}").get("id");
        ana.ok("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"Zebrafish plans\", \"body\": \"Our zebrafish handover notes"
                + " for the night shift stay within the group.\", \"audience\": \"PEER_GROUP\", \"peerGroupId\": \"" + group + "\"}");
        String hidden = reply(bo, handover, "Handover notes for the night shift are pointless, hiddenword everywhere.");
        fay.ok("PUT", "/api/posts/" + hidden + "/hidden", "{\"reason\": \"checking\"}");
        String elsewhere = fay.createSpace("Day shift");
        fay.startThread(elsewhere, "Otherspace handover", "Otherspaceword handover notes for the night shift and the day shift.");
        TestPlatform otherOrganisation = TestPlatform.register(tool);
        Member foreign = Member.launch(tool, otherOrganisation, "fox-" + course, List.of(INSTRUCTOR), course);
        String foreignSpace = foreign.createSpace("Night shift");
        foreign.startThread(foreignSpace, "Foreign handover", "Foreignword handover notes for the night shift and the day shift.");

        dateIntoLastWeek(elsewhere);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Everything of the space written "now" moves to last Tuesday; the open question to last Monday 01:00. */
    private void dateIntoLastWeek(String elsewhere) throws Exception {
        OffsetDateTime tuesday = lastMonday.plusDays(1).atTime(9, 0).atOffset(ZoneOffset.UTC);
        OffsetDateTime monday = lastMonday.atTime(1, 0).atOffset(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, "")) {
            for (String s : List.of(space, elsewhere)) {
                execute(db, "update post set created_at = ? where space_id = ?", tuesday, UUID.fromString(s));
                execute(db, "update thread set created_at = ?, publish_at = ?, last_activity_at = ? where space_id = ?", tuesday, tuesday,
                        tuesday, UUID.fromString(s));
            }
            execute(db, "update space_member set joined_at = ? where space_id = ?", tuesday, UUID.fromString(space));
            execute(db, "update post set created_at = ? where thread_id = ?", monday, UUID.fromString(question));
            execute(db, "update thread set created_at = ?, publish_at = ? where id = ?", monday, monday, UUID.fromString(question));
        }
    }

    private static void execute(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    private String thread(Member who, String title, String body, String... tags) {
        String id = who.startThread(space, title, body, tags);
        bodies.put((String) ModerationHidesIT.posts(who, id).get(0).get("id"), body);
        return id;
    }

    private String reply(Member who, String thread, String body) {
        String id = who.reply(thread, body);
        bodies.put(id, body);
        return id;
    }

    private String draftBody() {
        return "{\"week\": \"" + lastMonday + "\", \"locale\": \"en\"}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSynthesizerDraftsTheWeekFromWhatEveryMemberCanReadEditsItAndPublishesItAtTheTopOfTheSpace() {
        ToolClient.Reply drafted = sy.send("POST", "/api/spaces/" + space + "/synthesis/draft", draftBody());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Map<String, Object> week = drafted.json();
        assertThat(week).containsEntry("state", "DRAFT").containsEntry("week", lastMonday.toString());
        Map<String, Object> sections = (Map<String, Object>) week.get("sections");

        // Key sentences: the members' own words, each linked to the post it comes from.
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) sections.get("keySentences");
        assertThat(sentences).isNotEmpty();
        for (Map<String, Object> sentence : sentences) {
            String post = (String) sentence.get("postId");
            assertThat(bodies).as("a post of the week").containsKey(post);
            assertThat(bodies.get(post)).contains((String) sentence.get("text"));
            assertThat(sentence.get("link")).isEqualTo("#/threads/" + sentence.get("threadId") + "?post=" + post);
        }
        assertThat(sentences).extracting(s -> (String) s.get("text")).anyMatch(t -> t.toLowerCase().contains("handover notes"));

        // Participation, not reactions: four people in the handover thread beat a thanked thread of two.
        List<Map<String, Object>> most = (List<Map<String, Object>>) sections.get("mostParticipation");
        assertThat(most.get(0)).containsEntry("threadId", handover).containsEntry("people", 4L);
        assertThat(most).extracting(t -> t.get("threadId")).contains(coffee);
        assertThat(most.stream().filter(t -> t.get("threadId").equals(coffee)).findFirst().orElseThrow()).containsEntry("people", 2L);

        // The question nobody answered in 72 hours is listed; the answered one is not.
        assertThat((List<Map<String, Object>>) sections.get("unanswered")).extracting(q -> q.get("threadId")).containsExactly(question);
        assertThat((List<String>) sections.get("newTags")).contains("handover");
        assertThat((List<Map<String, Object>>) sections.get("newMembers")).extracting(m -> (String) m.get("name"))
                .anyMatch(n -> n.contains("ana-" + course));
        assertThat((List<String>) sections.get("keyPhrases")).isNotEmpty();

        // Nothing of a peer group, a hidden post, another space or another organisation.
        String everything = drafted.body().toLowerCase();
        assertThat(everything).doesNotContain("zebrafish", "hiddenword", "otherspaceword", "foreignword");
        assertThat((String) week.get("body")).contains("## This week", "## Most discussed", "## Still open", "## New here",
                "(#/threads/" + handover + ")", "(#/threads/" + question + ")");

        // The draft is an artifact of type weekly synthesis, citing its sources.
        String artifact = (String) week.get("artifactId");
        Map<String, Object> view = sy.ok("/api/artifacts/" + artifact);
        assertThat(view).containsEntry("type", "WEEKLY_SYNTHESIS").containsEntry("verification", "DRAFT");
        assertThat((List<Map<String, Object>>) view.get("provenance")).isNotEmpty()
                .extracting(p -> p.get("threadTitle")).isSubsetOf("Handover notes", "Coffee machine", "Who signs the overtime forms?",
                        "Where is the first aid kit?");
        assertThat(ana.get("/api/spaces/" + space + "/synthesis/pinned").status()).as("not published yet").isEqualTo(204);

        // A refused publication writes nothing.
        ToolClient.Reply untitled = sy.send("POST", "/api/spaces/" + space + "/synthesis/publish",
                "{\"week\": \"" + lastMonday + "\", \"title\": \" \", \"body\": \"x\"}");
        ArtifactsIT.problem(untitled, 400, "title");
        assertThat(sy.ok("/api/spaces/" + space + "/synthesis?week=" + lastMonday)).containsEntry("state", "DRAFT");

        String edited = week.get("body") + "\nThank you all for a calm week.\n";
        Map<String, Object> published = sy.ok("POST", "/api/spaces/" + space + "/synthesis/publish",
                "{\"week\": \"" + lastMonday + "\", \"title\": \"Our week on nights\", \"body\": " + quote(edited) + "}");
        assertThat(published).containsEntry("state", "PUBLISHED").containsEntry("title", "Our week on nights");
        Map<String, Object> pinned = ana.ok("/api/spaces/" + space + "/synthesis/pinned");
        assertThat(pinned).containsEntry("artifactId", artifact).containsEntry("week", lastMonday.toString());
        assertThat((String) pinned.get("bodyHtml")).contains("Thank you all for a calm week", "href=\"#/threads/" + handover);
        assertThat(ana.ok("/api/artifacts/" + artifact)).containsEntry("verification", "PEER_REVIEWED");

        ArtifactsIT.problem(sy.send("POST", "/api/spaces/" + space + "/synthesis/publish",
                "{\"week\": \"" + lastMonday + "\", \"title\": \"Again\", \"body\": \"x\"}"), 409, "published already");
        ArtifactsIT.problem(sy.send("POST", "/api/spaces/" + space + "/synthesis/draft", draftBody()), 409, "published");
    }

    @Test
    void onlyTheSpacesSynthesizersAndFacilitatorsDraftAndPublish() {
        String path = "/api/spaces/" + space + "/synthesis";
        ArtifactsIT.problem(ana.send("POST", path + "/draft", draftBody()), 403, "synthesizers and facilitators");
        ArtifactsIT.problem(ana.send("GET", path, null), 403, "synthesizers and facilitators");
        ArtifactsIT.problem(ana.send("POST", path + "/publish", "{\"week\": \"" + lastMonday + "\", \"title\": \"t\", \"body\": \"b\"}"),
                403, "synthesizers and facilitators");
        Member stranger = Member.launch(tool, platform, "stranger-" + course, List.of(LEARNER), "elsewhere-" + course);
        ArtifactsIT.problem(stranger.send("POST", path + "/draft", draftBody()), 403, null);
        ArtifactsIT.problem(stranger.send("GET", path + "/pinned", null), 403, null);
        TestPlatform otherOrganisation = TestPlatform.register(tool);
        Member foreignTeacher = Member.launch(tool, otherOrganisation, "teacher-" + course, List.of(INSTRUCTOR), course);
        ArtifactsIT.problem(foreignTeacher.send("POST", path + "/draft", draftBody()), 404, null);
        ArtifactsIT.problem(foreignTeacher.send("GET", path + "/pinned", null), 404, null);

        ArtifactsIT.problem(sy.send("POST", path + "/draft", "{\"week\": \"last tuesday\"}"), 400, "YYYY-MM-DD");
        ArtifactsIT.problem(sy.send("POST", path + "/draft", "{\"week\": \"" + lastMonday.plusWeeks(3) + "\"}"), 400, "not begun");
        ArtifactsIT.problem(fay.send("POST", path + "/publish", "{\"week\": \"" + lastMonday.minusWeeks(5) + "\", \"title\": \"t\","
                + " \"body\": \"b\"}"), 404, "no draft");
        assertThat(fay.ok(path + "?week=" + lastMonday.minusWeeks(5))).containsEntry("state", "NONE");
    }

    /**
     * A draft (of a week before the seeded one) is the
     * synthesizer's until it is published: a learner of the space finds it neither in the library,
     * nor by its words, nor by its tag, nor opens it by its id (nor exports it, nor through a course
     * page's link), while its steward and the space's facilitator do.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aDraftIsFoundAndOpenedOnlyByItsStewardAndTheSpacesFacilitatorsUntilItIsPublished() {
        // Two weeks back: nothing was written then, and a week that old is never pinned on the space.
        String week = lastMonday.minusWeeks(1).toString();
        ToolClient.Reply drafted = sy.send("POST", "/api/spaces/" + space + "/synthesis/draft", "{\"week\": \"" + week + "\", \"locale\": \"en\"}");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String artifact = (String) drafted.json().get("artifactId");
        sy.ok("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Draft of the quokka week\", \"body\": \"Quokkaword notes for the"
                + " week.\", \"tags\": [\"nightdraft\"], \"reason\": \"my notes\"}");
        Member eve = Member.launch(tool, platform, "eve-" + course, List.of(LEARNER), course);
        eve.ok("/api/spaces/" + space);

        List<String> paths = List.of("/api/artifacts?space=" + space, "/api/artifacts", "/api/artifacts?q=quokkaword",
                "/api/artifacts?space=" + space + "&q=quokkaword", "/api/artifacts?tag=nightdraft", "/api/artifacts?type=WEEKLY_SYNTHESIS",
                "/api/artifacts?verification=DRAFT");
        for (Member steward : List.of(sy, fay)) {
            for (String path : paths) {
                assertThat(ArtifactsIT.list(steward, path)).as(path).extracting(a -> a.get("id")).contains(artifact);
            }
            assertThat(steward.ok("/api/artifacts/" + artifact)).containsEntry("title", "Draft of the quokka week");
            assertThat(steward.get("/api/artifacts/" + artifact + "/export?format=md").status()).isEqualTo(200);
            assertThat(steward.ok("/api/artifacts/" + artifact + "/placed")).containsEntry("state", "AVAILABLE");
        }
        for (Member learner : List.of(ana, eve)) {
            for (String path : paths) {
                assertThat(ArtifactsIT.list(learner, path)).as(path).extracting(a -> a.get("id")).doesNotContain(artifact);
            }
            ArtifactsIT.problem(learner.send("GET", "/api/artifacts/" + artifact, null), 404, "no such artifact");
            ToolClient.Reply exported = learner.get("/api/artifacts/" + artifact + "/export?format=md");
            assertThat(exported.status()).isEqualTo(404);
            assertThat(exported.body()).doesNotContain("quokka", "Quokka");
            Map<String, Object> placed = learner.ok("/api/artifacts/" + artifact + "/placed");
            assertThat(placed).containsEntry("state", "UNAVAILABLE");
            assertThat(placed.get("title")).isNull();
        }

        // Published, it is the space's: the same paths now find it for the learner.
        sy.ok("POST", "/api/spaces/" + space + "/synthesis/publish", "{\"week\": \"" + week + "\", \"title\": \"The quokka week\","
                + " \"body\": \"Quokkaword notes for the week.\"}");
        for (String path : List.of("/api/artifacts?space=" + space, "/api/artifacts?q=quokkaword", "/api/artifacts?tag=nightdraft")) {
            assertThat(ArtifactsIT.list(eve, path)).as(path).extracting(a -> a.get("id")).contains(artifact);
        }
        assertThat(eve.ok("/api/artifacts/" + artifact)).containsEntry("title", "The quokka week");
    }
}
