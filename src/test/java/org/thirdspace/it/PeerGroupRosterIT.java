package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * What the roster sync tells a peer-group programme, from the emulated LMS: people who left the
 * course leave their group at that sync (their posts stay); a listing carrying {@code course_end}
 * forms the groups as a launch does; and completions ({@code course_completed}, by roster and by
 * launch) form the first round once enough people completed for two groups, once, with later
 * completers joining it. The roster carries custom values only in link-level listings (NRPS 2.0
 * §2.5), so this test runs on the server with {@code thirdspace.roster.link-level} on, as the run
 * command.
 */
@ExtendWith(LinkLevelToolServer.class)
class PeerGroupRosterIT {

    private static ToolClient tool;

    record Course(String id, RosterSyncs.Session grace, String space, Map<String, String> keyById, Map<String, String> idByKey) {
        String programme() {
            return "/api/spaces/" + space + "/programme";
        }
    }

    /** An emulated course of 24 generated learners besides Grace and Ada, synced, with a space and this programme. */
    private static Course course(String settings) {
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 24, 50, 0);
        RosterSyncs.Session grace = RosterSyncs.launchFromEmulator(tool, course, "grace");
        assertThat(job(awaitFinished(tool, grace)).get("state")).isEqualTo("succeeded");
        String space = (String) tool.json("POST", "/api/spaces", "{\"title\": \"Alumni\", \"purpose\": \"Keep learning\"}",
                grace.auth()).json().get("id");
        Map<String, String> keyById = new HashMap<>();
        Map<String, String> idByKey = new HashMap<>();
        RosterSyncs.members(tool, grace.courseId()).forEach((subject, m) -> {
            if (List.of("LEARNER").equals(m.get("roles"))) {
                String key = subject.substring(subject.lastIndexOf('-') + 1);
                keyById.put((String) m.get("personId"), key);
                idByKey.put(key, (String) m.get("personId"));
            }
        });
        Course c = new Course(course, grace, space, keyById, idByKey);
        ToolClient.Reply saved = tool.json("PUT", c.programme(), settings, grace.auth());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return c;
    }

    private static Map<?, ?> sync(Course c) {
        Object previous = job(awaitFinished(tool, c.grace())).get("id");
        assertThat(RosterSyncs.start(tool, c.grace()).status()).isEqualTo(202);
        Map<?, ?> job = job(awaitNextFinished(tool, c.grace(), previous));
        assertThat(job.get("state")).as(job.toString()).isEqualTo("succeeded");
        return job;
    }

    @Test
    @SuppressWarnings("unchecked")
    void peopleWhoLeftTheCourseLeaveTheirGroupAtThatSyncAndTheirPostsStay() throws Exception {
        Course c = course("{\"trigger\": \"MANUAL\", \"groupSize\": 4, \"minSize\": 3, \"maxSize\": 5, \"overlapHours\": 0,"
                + " \"sharedLanguage\": false, \"teamsApart\": false, \"starterPrompts\": [\"Say hello\"]}");
        EmulatorCourseRunIT.Launch ada = EmulatorCourseRunIT.launch(tool, c.id(), "ada");
        String adaId = personId(ada.session());
        Map<String, Object> run = awaitReady(c, start(c));
        assertThat(tool.json("POST", c.programme() + "/formations/" + run.get("id") + "/publication", null, c.grace().auth()).status())
                .isBetween(200, 299);
        Map<String, Object> round = ok(c, c.programme() + "/rounds/latest");
        Map<String, Object> group = groups(round).stream().filter(g -> ids(g).contains(adaId)).findFirst()
                .orElseThrow(() -> new AssertionError("Ada is in no group: " + round));
        String groupId = (String) group.get("id");
        List<String> members = ids(group);
        assertThat(members.size()).isGreaterThanOrEqualTo(3);

        ToolClient.Reply feed = tool.json("GET", "/api/spaces/" + c.space() + "/feed", null, ada.session().auth());
        for (int i = 0; i < 40 && !feed.body().contains("Say hello"); i++) {
            Thread.sleep(500);
            feed = tool.json("GET", "/api/spaces/" + c.space() + "/feed", null, ada.session().auth());
        }
        ToolClient.Reply seen = feed;
        String thread = PeerGroupProgrammeIT.latest(seen.json()).stream().filter(t -> "Say hello".equals(t.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no starter thread in Ada's feed: " + seen)).get("id").toString();
        Map<String, Object> conduct = tool.json("GET", "/api/spaces/" + c.space() + "/conduct", null, ada.session().auth()).json();
        assertThat(tool.json("POST", "/api/spaces/" + c.space() + "/conduct/acceptance", "{\"scopeId\": \"" + conduct.get("scopeId")
                + "\", \"version\": " + conduct.get("version") + "}", ada.session().auth()).status()).isBetween(200, 204);
        ToolClient.Reply hello = tool.json("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"Hello before I go\"}",
                ada.session().auth());
        assertThat(hello.status()).as(hello.toString()).isBetween(200, 201);
        assertThat(tool.json("GET", "/api/peer-groups/" + groupId, null, ada.session().auth()).status()).isEqualTo(200);

        // Ada is marked Inactive in the LMS, and as many of her group are deleted from the course as leave it two.
        List<String> leaving = new ArrayList<>(List.of(adaId));
        members.stream().filter(m -> !m.equals(adaId)).limit(members.size() - 3L).forEach(leaving::add);
        RosterSyncs.emulatorMember(tool, c.id(), "ada", "{\"status\": \"Inactive\"}");
        leaving.stream().filter(m -> !m.equals(adaId))
                .forEach(m -> RosterSyncs.emulatorMember(tool, c.id(), c.keyById().get(m), "{\"status\": \"Deleted\"}"));
        Map<?, ?> job = sync(c);
        assertThat(job.get("membersDeactivated")).isEqualTo((long) leaving.size());

        // At that sync, not at the next re-formation: out of the group's table, so nobody lists them.
        Map<String, Object> after = ok(c, c.programme() + "/rounds/latest");
        Map<String, Object> small = groups(after).stream().filter(g -> groupId.equals(g.get("id"))).findFirst().orElseThrow();
        assertThat(ids(small)).hasSize(2).doesNotContainAnyElementsOf(leaving);
        assertThat(small.get("departed")).as("they left the table itself").isEqualTo(0L);
        assertThat(small.get("belowViableSize")).isEqualTo(true);
        assertThat(after.get("reformationOffered")).isEqualTo(true);
        Map<String, Object> shown = ok(c, "/api/peer-groups/" + groupId);
        assertThat((List<Map<String, Object>>) shown.get("members")).extracting(m -> m.get("id"))
                .doesNotContainAnyElementsOf(leaving).hasSize(2);
        assertThat(tool.json("GET", "/api/peer-groups/" + groupId, null, ada.session().auth()).status()).isIn(403, 404);
        assertThat(tool.json("GET", "/api/threads/" + thread, null, ada.session().auth()).status()).isIn(403, 404);
        assertThat(ok(c, "/api/threads/" + thread).toString()).as("her post stays").contains("Hello before I go");

        // The facilitator re-forms as when members leave by themselves.
        ToolClient.Reply reformed = tool.json("POST", c.programme() + "/rounds/latest/reformation", null, c.grace().auth());
        assertThat(reformed.status()).as(reformed.toString()).isEqualTo(200);
        assertThat(((Map<String, Object>) reformed.json().get("round")).get("reformationOffered")).isEqualTo(false);
    }

    @Test
    void aRosterListingCarryingTheCourseEndFormsTheGroupsOnce() throws Exception {
        Course c = course("{\"trigger\": \"COURSE_END\", \"overlapHours\": 0}");
        ToolClient.Browser browser = tool.browser();
        assertThat(browser.postForm("/emulator/courses/" + c.id() + "/end", Map.of("person", "grace")).status()).isEqualTo(303);
        assertThat(tool.json("GET", c.programme() + "/formations/latest", null, c.grace().auth()).status()).isEqualTo(404);

        // No launch: the roster sync alone brings the end.
        sync(c);
        Map<String, Object> run = awaitReady(c, c.programme() + "/formations/latest");
        assertThat(groups(run)).isNotEmpty();
        sync(c);
        Thread.sleep(1000);
        assertThat(ok(c, c.programme() + "/formations/latest").get("id")).as("the same end forms once").isEqualTo(run.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void completionsFormTheFirstRoundOnceEnoughCompletedAndLaterCompletersJoinIt() throws Exception {
        // Two groups of the minimum size: 6 completions.
        Course c = course("{\"trigger\": \"COMPLETION\", \"groupSize\": 4, \"minSize\": 3, \"maxSize\": 5, \"overlapHours\": 0,"
                + " \"sharedLanguage\": false, \"teamsApart\": false}");
        List<String> learners = c.idByKey().keySet().stream().filter(k -> k.startsWith("m")).sorted().toList();
        List<String> first = learners.subList(0, 5);
        complete(c, String.join(",", first));
        sync(c);
        Thread.sleep(1500);
        assertThat(tool.json("GET", c.programme() + "/formations/latest", null, c.grace().auth()).status())
                .as("five completions form nothing").isEqualTo(404);

        // Ada completes, and her launch carries it: six.
        complete(c, "ada");
        EmulatorCourseRunIT.Launch ada = EmulatorCourseRunIT.launch(tool, c.id(), "ada");
        assertThat(ada.custom()).containsKey("course_completed");
        String adaId = personId(ada.session());
        Map<String, Object> run = awaitReady(c, c.programme() + "/formations/latest");
        Set<String> completed = first.stream().map(c.idByKey()::get).collect(Collectors.toCollection(TreeSet::new));
        completed.add(adaId);
        assertThat(new TreeSet<>(groups(run).stream().flatMap(g -> ids(g).stream()).toList()))
                .as("only those who completed are grouped").isEqualTo(completed);
        assertThat(groups(run)).hasSize(2);

        // Another signal, by launch and by roster, forms nothing more.
        EmulatorCourseRunIT.launch(tool, c.id(), "ada");
        sync(c);
        Thread.sleep(1000);
        assertThat(ok(c, c.programme() + "/formations/latest").get("id")).isEqualTo(run.get("id"));

        assertThat(tool.json("POST", c.programme() + "/formations/" + run.get("id") + "/publication", null, c.grace().auth()).status())
                .isBetween(200, 299);
        // Someone who completes later joins the published round at the sync that brings it.
        String late = learners.get(6);
        complete(c, late);
        sync(c);
        Map<String, Object> round = awaitRound(c, c.idByKey().get(late));
        assertThat(groups(round).stream().mapToInt(g -> ids(g).size()).sum()).isEqualTo(7);
        assertThat(ok(c, c.programme() + "/formations/latest").get("id")).isEqualTo(run.get("id"));

        // A bad request to the emulator marks nobody.
        ToolClient.Reply refused = tool.browser().postForm("/emulator/courses/" + c.id() + "/completions",
                Map.of("members", learners.get(7) + ",nobody-here"));
        assertThat(refused.status()).isEqualTo(400);
        ToolClient.Reply page = tool.browser().get("/emulator/courses/" + c.id() + "/as/grace");
        assertThat(page.body()).contains("id=\"emu-complete\"").contains("7 completed so far");
    }

    private static void complete(Course c, String members) {
        ToolClient.Reply reply = tool.browser().postForm("/emulator/courses/" + c.id() + "/completions",
                Map.of("members", members, "person", "grace"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(303);
    }

    private static Map<String, Object> awaitRound(Course c, String personId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Object> round = ok(c, c.programme() + "/rounds/latest");
            if (groups(round).stream().anyMatch(g -> ids(g).contains(personId))) {
                return round;
            }
            assertThat(Instant.now()).as(personId + " was not placed: " + round).isBefore(until);
            Thread.sleep(300);
        }
    }

    private static String start(Course c) {
        ToolClient.Reply started = tool.json("POST", c.programme() + "/formations?seed=1", null, c.grace().auth());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return URI.create(started.header("Location")).getPath();
    }

    private static Map<String, Object> awaitReady(Course c, String path) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            ToolClient.Reply reply = tool.json("GET", path, null, c.grace().auth());
            if (reply.status() == 200 && !"RUNNING".equals(reply.json().get("state"))) {
                assertThat(reply.json().get("state")).as(reply.toString()).isEqualTo("READY");
                return reply.json();
            }
            assertThat(Instant.now()).as("no formation ready: " + reply).isBefore(until);
            Thread.sleep(300);
        }
    }

    private static Map<String, Object> ok(Course c, String path) {
        ToolClient.Reply reply = tool.json("GET", path, null, c.grace().auth());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<Map<String, Object>> groups(Map<String, Object> view) {
        return PeerGroupProgrammeIT.groups(view);
    }

    private static List<String> ids(Map<String, Object> group) {
        return PeerGroupProgrammeIT.members(group).stream().map(m -> m.get("personId").toString()).toList();
    }

    private static String personId(RosterSyncs.Session session) {
        Map<?, ?> me = tool.json("GET", "/api/me", null, session.auth()).json();
        return (String) ((Map<?, ?>) me.get("person")).get("id");
    }

    @BeforeAll
    static void setUp(ToolClient shared) {
        tool = shared;
    }
}
