package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * A space's peer-group programme against the real server: settings and uploads checked before
 * anything is written, formation in the background with a second start refused, the draft edited
 * and published as groups whose starter threads only their members see, and a second round that
 * repeats no pair of the first.
 */
@ExtendWith(ToolServer.class)
class PeerGroupProgrammeIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    record Course(Member facilitator, String space, List<Member> learners, String name) {
        String programme() {
            return "/api/spaces/" + space + "/programme";
        }
    }

    static Course course(int learners) {
        String name = "prog-" + UUID.randomUUID().toString().substring(0, 8);
        Member facilitator = Member.launch(tool, platform, "f-" + name, List.of(INSTRUCTOR), name);
        String space = facilitator.createSpace("Circle " + name);
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            people.add(Member.launch(tool, platform, "l" + i + "-" + name, List.of(LEARNER), name));
        }
        return new Course(facilitator, space, people, name);
    }

    /** Uploads a department and a region for every learner (the programme must be saved). */
    static void describe(Course c) {
        String[] departments = {"Sales", "Finance", "Research", "Legal"};
        StringBuilder sheet = new StringBuilder("person,department,region\n");
        for (int i = 0; i < c.learners().size(); i++) {
            sheet.append("l").append(i).append('-').append(c.name()).append(',').append(departments[i % departments.length])
                    .append(',').append(i % 2 == 0 ? "EMEA" : "APAC").append('\n');
        }
        c.facilitator().ok("POST", c.programme() + "/attributes", json(sheet.toString()));
    }

    @Test
    void settingsAreForFacilitatorsAndCheckedBeforeAnythingIsWritten() {
        Course c = course(2);
        Map<String, Object> shown = c.facilitator().ok(c.programme());
        assertThat(shown.get("saved")).isEqualTo(false);
        assertThat(settings(shown)).containsEntry("groupSize", 6L).containsEntry("cadence", "MONTHLY")
                .containsEntry("trigger", "COURSE_END");

        problem(c.learners().get(0).send("GET", c.programme(), null), 403);
        problem(c.learners().get(0).send("PUT", c.programme(), "{\"groupSize\": 4}"), 403);
        Member stranger = Member.launch(tool, TestPlatform.register(tool), "f-" + c.name(), List.of(INSTRUCTOR), c.name());
        problem(stranger.send("GET", c.programme(), null), 404);
        problem(stranger.send("PUT", c.programme(), "{\"groupSize\": 4}"), 404);

        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"groupSize\": 1}"), 400)).containsEntry("field", "groupSize");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"groupSize\": 4, \"minSize\": 5}"), 400))
                .containsEntry("field", "groupSize");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"groupSize\": 30}"), 400)).containsEntry("field", "groupSize");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"attributes\": {\"shoe_size\": 1}}"), 400))
                .containsEntry("field", "attributes");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"attributes\": {\"region\": -1}}"), 400))
                .containsEntry("field", "attributes");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"trigger\": \"SOMETIMES\"}"), 400)).containsEntry("field", "trigger");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"overlapHours\": 13}"), 400)).containsEntry("field", "overlapHours");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"courseIds\": [\"" + UUID.randomUUID() + "\"]}"), 400))
                .containsEntry("field", "courseIds");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"starterPrompts\": [\" \"]}"), 400))
                .containsEntry("field", "starterPrompts");
        assertThat(problem(c.facilitator().send("PUT", c.programme(), "{\"neverTogether\": [[\"" + c.learners().get(0).personId()
                + "\", \"" + stranger.personId() + "\"]]}"), 400)).containsEntry("field", "neverTogether");
        assertThat(c.facilitator().ok(c.programme()).get("saved")).as("nothing was written").isEqualTo(false);
        problem(c.facilitator().send("POST", c.programme() + "/formations", null), 404);

        Map<String, Object> saved = c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 4, \"minSize\": 3, \"maxSize\": 5, "
                + "\"attributes\": {\"department\": 2, \"region\": 1}, \"cadence\": \"QUARTERLY\", \"trigger\": \"MANUAL\", "
                + "\"starterPrompts\": [\"What did you try?\"], \"neverTogether\": [[\"" + c.learners().get(0).personId() + "\", \""
                + c.learners().get(1).personId() + "\"]]}");
        assertThat(saved.get("saved")).isEqualTo(true);
        Map<String, Object> again = settings(c.facilitator().ok(c.programme()));
        assertThat(again).containsEntry("groupSize", 4L).containsEntry("minSize", 3L).containsEntry("maxSize", 5L)
                .containsEntry("cadence", "QUARTERLY").containsEntry("trigger", "MANUAL").containsEntry("viableSize", 3L)
                .containsEntry("starterPrompts", List.of("What did you try?"));
        assertThat((Map<String, Object>) again.get("attributes")).containsOnlyKeys("department", "region");
        assertThat((List<?>) again.get("neverTogether")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUploadWithABadRowIsRefusedWholeEachBadRowWithItsLine() throws Exception {
        Course c = course(3);
        c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 3, \"minSize\": 3, \"maxSize\": 3, \"overlapHours\": 0}");
        String l0 = "l0-" + c.name();
        String l1 = "l1-" + c.name();
        String sheet = "person,team,timezone,tenure\n"
                + l0 + ",Blue,Europe/Paris,3\n"
                + "nobody-" + c.name() + ",Red,Europe/Paris,2\n"
                + l1 + ",Red,Mars/Olympus,2\n"
                + l1 + ",Red,Europe/Paris,two\n";
        ToolClient.Reply refused = c.facilitator().send("POST", c.programme() + "/attributes", json(sheet));
        Map<String, Object> problem = problem(refused, 400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3L, 4L, 5L);
        assertThat(errors.get(0).get("reason").toString()).contains("not a learner");
        assertThat(errors.get(1).get("reason").toString()).contains("timezone");
        assertThat(errors.get(2).get("reason").toString()).contains("already on line 4");
        Map<String, Object> header = problem(c.facilitator().send("POST", c.programme() + "/attributes",
                json("person,shoe_size\n" + l0 + ",42\n")), 400);
        assertThat(((List<Map<String, Object>>) header.get("errors")).get(0)).containsEntry("line", 1L);
        problem(c.facilitator().send("POST", c.programme() + "/attributes", json("person,team\n\"" + l0 + ",Blue\n")), 400);
        problem(c.learners().get(0).send("POST", c.programme() + "/attributes", json("person,team\n" + l0 + ",Blue\n")), 403);

        Map<String, Object> draft = formed(c, null);
        assertThat(valuesOf(draft, c.learners().get(0).personId())).as("nothing of a refused sheet applies")
                .doesNotContainKey("team");

        // The same sheet as text/csv, rows fixed, by LMS user id and e-mail alike.
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tool.url(c.programme()
                        + "/attributes"))).header("Content-Type", "text/csv").header("Accept", "application/json")
                .header("Authorization", "Bearer " + c.facilitator().token())
                .POST(HttpRequest.BodyPublishers.ofString("person,team,timezone,tenure\r\n" + l0 + ",Blue,Europe/Paris,3\r\n"
                        + l1 + ",\"Red, west\",America/Chicago,2\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.body()).contains("\"people\":2");
        Map<String, Object> after = formed(c, null);
        assertThat(valuesOf(after, c.learners().get(1).personId())).containsEntry("team", "Red, west")
                .containsEntry("timezone", "America/Chicago");
    }

    @Test
    @SuppressWarnings("unchecked")
    void formedInTheBackgroundEditedPublishedAndFormedAgainWithoutRepeats() {
        Course c = course(12);
        Member l0 = c.learners().get(0);
        Member l1 = c.learners().get(1);
        c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 3, \"minSize\": 3, \"maxSize\": 3, \"overlapHours\": 0, "
                + "\"starterPrompts\": [\"What have you tried since the course?\"], \"neverTogether\": [[\"" + l0.personId()
                + "\", \"" + l1.personId() + "\"]]}");
        describe(c);

        ToolClient.Reply started = c.facilitator().send("POST", c.programme() + "/formations?seed=3", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).contains(c.programme() + "/formations/" + started.json().get("id"));
        problem(l0.send("GET", URI.create(location).getPath(), null), 403);
        Map<String, Object> draft = await(c, URI.create(location).getPath());
        String run = (String) draft.get("id");
        List<Map<String, Object>> groups = groups(draft);
        assertThat(groups).hasSize(4).allSatisfy(g -> assertThat(members(g)).hasSize(3));
        assertThat(groupOf(draft, l0.personId())).as("never together").isNotEqualTo(groupOf(draft, l1.personId()));
        assertThat(valuesOf(draft, l0.personId())).containsEntry("department", "Sales").containsEntry("region", "EMEA");
        assertThat(members(groups.get(0)).get(0)).containsKeys("name", "locked");
        assertThat((Map<String, Object>) draft.get("report")).containsKeys("meanDiversity", "ratioToRandom");

        // Edits: a swap keeps both where they were put; what breaks a constraint is refused and changes nothing.
        String edits = c.programme() + "/formations/" + run + "/edits";
        String a = l0.personId();
        String b = members(groups.stream().filter(g -> !members(g).stream().anyMatch(m -> m.get("personId").equals(a))
                && !members(g).stream().anyMatch(m -> m.get("personId").equals(l1.personId()))).findFirst().orElseThrow())
                .get(0).get("personId").toString();
        int groupOfA = groupOf(draft, a);
        int groupOfB = groupOf(draft, b);
        long before = System.nanoTime();
        Map<String, Object> swapped = c.facilitator().ok("POST", edits, "{\"kind\": \"SWAP\", \"person\": \"" + a + "\", \"other\": \"" + b + "\"}");
        long millis = (System.nanoTime() - before) / 1_000_000;
        assertThat(millis).as("an edit answers well under a second").isLessThan(1000);
        assertThat(groupOf(swapped, a)).isEqualTo(groupOfB);
        assertThat(groupOf(swapped, b)).isEqualTo(groupOfA);
        assertThat(member(swapped, a).get("locked")).isEqualTo(true);
        ToolClient.Reply breaking = c.facilitator().send("POST", edits, "{\"kind\": \"SWAP\", \"person\": \"" + l1.personId()
                + "\", \"other\": \"" + members(groups(swapped).stream().filter(g -> ((Number) g.get("number")).intValue() == groupOf(swapped, a))
                .findFirst().orElseThrow()).stream().map(m -> m.get("personId").toString()).filter(p -> !p.equals(a)).findFirst()
                .orElseThrow() + "\"}");
        assertThat(problem(breaking, 409).get("detail").toString()).contains("NEVER_TOGETHER");
        assertThat(groups(c.facilitator().ok(URI.create(location).getPath()))).isEqualTo(groups(swapped));
        assertThat(problem(c.facilitator().send("POST", edits, "{\"kind\": \"FLIP\", \"person\": \"" + a + "\"}"), 400))
                .containsEntry("field", "kind");
        problem(c.facilitator().send("POST", edits, "{\"kind\": \"MOVE\", \"person\": \"" + a + "\", \"group\": 99}"), 400);
        problem(l0.send("POST", edits, "{\"kind\": \"LOCK\", \"person\": \"" + a + "\"}"), 403);

        // Publish: the groups with their starter thread, seen by their members only.
        problem(l0.send("POST", c.programme() + "/formations/" + run + "/publication", null), 403);
        Map<String, Object> published = c.facilitator().ok("POST", c.programme() + "/formations/" + run + "/publication", null);
        assertThat(published.get("round")).isEqualTo(1L);
        assertThat((List<?>) published.get("groups")).hasSize(4);
        problem(c.facilitator().send("POST", c.programme() + "/formations/" + run + "/publication", null), 409);
        problem(c.facilitator().send("POST", edits, "{\"kind\": \"LOCK\", \"person\": \"" + a + "\"}"), 409);

        Map<String, Member> byId = new HashMap<>();
        c.learners().forEach(m -> byId.put(m.personId(), m));
        Set<String> mates = new HashSet<>();
        members(groups(swapped).stream().filter(g -> ((Number) g.get("number")).intValue() == groupOf(swapped, a)).findFirst().orElseThrow())
                .forEach(m -> mates.add(m.get("personId").toString()));
        List<Map<String, Object>> aFeed = latest(l0.ok("/api/spaces/" + c.space() + "/feed"));
        Map<String, Object> starter = aFeed.stream().filter(t -> "What have you tried since the course?".equals(t.get("title")))
                .findFirst().orElseThrow(() -> new AssertionError("no starter thread in " + aFeed));
        String thread = (String) starter.get("id");
        for (Member learner : c.learners()) {
            boolean mate = mates.contains(learner.personId());
            assertThat(learner.get("/api/threads/" + thread).status()).as("thread for " + (mate ? "a mate" : "another"))
                    .isEqualTo(mate ? 200 : 403);
            assertThat(latest(learner.ok("/api/spaces/" + c.space() + "/feed"))).extracting(t -> t.get("id"))
                    .filteredOn(thread::equals).hasSize(mate ? 1 : 0);
            assertThat(learner.get("/api/search?q=tried").jsonArray().toString()).satisfies(found -> {
                if (!mate) {
                    assertThat(found).doesNotContain(thread);
                }
            });
            assertThat(learner.ok("/api/notifications").toString()).satisfies(n -> {
                if (!mate) {
                    assertThat(n).doesNotContain(thread);
                }
            });
        }
        assertThat(stranger(c).get("/api/threads/" + thread).status()).isIn(403, 404);

        // A second round pairs nobody who met in the first.
        Set<Set<String>> metBefore = pairs(swapped);
        ToolClient.Reply second = c.facilitator().send("POST", c.programme() + "/formations?seed=4", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(202);
        Map<String, Object> next = await(c, URI.create(second.header("Location")).getPath());
        assertThat(next.get("round")).isEqualTo(1L);
        assertThat(groups(next)).hasSize(4);
        Set<Set<String>> repeated = new HashSet<>(pairs(next));
        repeated.retainAll(metBefore);
        assertThat(repeated).as("pairs who met in round 1").isEmpty();
        Map<String, Object> round2 = c.facilitator().ok("POST", c.programme() + "/formations/" + next.get("id") + "/publication", null);
        assertThat(round2.get("round")).isEqualTo(2L);
        assertThat(c.facilitator().ok(c.programme() + "/formations/latest").get("state")).isEqualTo("PUBLISHED");
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedAndTheRunEndsWithADraft() {
        // A thousand people with attributes: the search uses its whole budget (about two seconds).
        String course = RosterSyncs.newCourseId();
        RosterSyncs.emulatorRoster(tool, course, 1000, 500, 0);
        RosterSyncs.Session grace = RosterSyncs.launchFromEmulator(tool, course, "grace");
        // The launch may have started the sync already: then the start answers with that run.
        assertThat(RosterSyncs.start(tool, grace).status()).isIn(200, 202);
        RosterSyncs.awaitFinished(tool, grace);
        ToolClient.Reply space = tool.json("POST", "/api/spaces", "{\"title\": \"Thousand\", \"purpose\": \"Together\"}", grace.auth());
        assertThat(space.status()).as(space.toString()).isEqualTo(201);
        String programme = "/api/spaces/" + space.json().get("id") + "/programme";
        assertThat(tool.json("PUT", programme, "{\"overlapHours\": 0}", grace.auth()).status()).isEqualTo(200);
        StringBuilder sheet = new StringBuilder("person,department,region,tenure\n");
        String[] departments = {"Sales", "Finance", "Research", "Legal", "Operations", "Design"};
        String[] regions = {"EMEA", "APAC", "AMER"};
        int i = 0;
        for (Map.Entry<String, Map<String, Object>> member : RosterSyncs.members(tool, grace.courseId()).entrySet()) {
            if (!((List<?>) member.getValue().get("roles")).contains("LEARNER")) {
                continue;
            }
            String subject = member.getKey();
            sheet.append(subject).append(',').append(departments[i % departments.length]).append(',')
                    .append(regions[i / 7 % regions.length]).append(',').append(i % 5 + 1).append('\n');
            i++;
        }
        int learners = i;
        assertThat(learners).isGreaterThan(900);
        ToolClient.Reply uploaded = tool.json("POST", programme + "/attributes", json(sheet.toString()), grace.auth());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

        ToolClient.Reply first = tool.json("POST", programme + "/formations", null, grace.auth());
        ToolClient.Reply second = tool.json("POST", programme + "/formations", null, grace.auth());
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(problem(second, 409).get("detail").toString()).contains("already running");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Object> view = tool.json("GET", URI.create(first.header("Location")).getPath(), null, grace.auth()).json();
        while ("RUNNING".equals(view.get("state")) && Instant.now().isBefore(deadline)) {
            sleep(200);
            view = tool.json("GET", URI.create(first.header("Location")).getPath(), null, grace.auth()).json();
        }
        assertThat(view.get("state")).as(view.toString()).isEqualTo("READY");
        assertThat(groups(view).stream().mapToInt(g -> members(g).size()).sum() + ((List<?>) view.get("unplaced")).size())
                .as("every learner of the roster grouped or unplaced with a reason").isEqualTo(learners);
        assertThat(tool.json("POST", programme + "/formations", null, grace.auth()).status()).as("once it ended").isEqualTo(202);
    }

    /**
     * Six groups, each with its starter thread published at the same instant: every member finds
     * their own group's in the space's feed. The feed's starters used to be the space's five latest
     * seeded threads, filtered for the reader afterwards, so a member whose group's thread was the
     * sixth saw none.
     */
    @Test
    void everyMemberOfManyGroupsFindsTheirOwnGroupsStarterInTheFeed() {
        Course c = course(18);
        c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 3, \"minSize\": 3, \"maxSize\": 3, \"overlapHours\": 0, "
                + "\"starterPrompts\": [\"What changed at work?\"]}");
        Map<String, Object> draft = formed(c, 1L);
        assertThat(groups(draft)).hasSize(6);
        c.facilitator().ok("POST", c.programme() + "/formations/" + draft.get("id") + "/publication", null);

        Set<Object> seen = new HashSet<>();
        for (Member learner : c.learners()) {
            List<Object> starters = latest(learner.ok("/api/spaces/" + c.space() + "/feed")).stream()
                    .filter(t -> "What changed at work?".equals(t.get("title"))).map(t -> t.get("id")).toList();
            assertThat(starters).as("the starter of " + learner.personId() + "'s group, and only it").hasSize(1);
            assertThat(learner.get("/api/threads/" + starters.get(0)).status()).isEqualTo(200);
            seen.add(starters.get(0));
        }
        assertThat(seen).as("one thread per group").hasSize(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lateJoinersArePlacedAndMembersLeaveKeepingTheirPosts() {
        Course c = course(6);
        c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 3, \"minSize\": 3, \"maxSize\": 4, \"overlapHours\": 0, "
                + "\"starterPrompts\": [\"Say hello\"]}");
        problem(c.facilitator().send("POST", c.programme() + "/late-joiners", null), 409);
        Map<String, Object> draft = formed(c, 1L);
        c.facilitator().ok("POST", c.programme() + "/formations/" + draft.get("id") + "/publication", null);

        Member late1 = Member.launch(tool, platform, "late1-" + c.name(), List.of(LEARNER), c.name(), c.name() + "-link",
                Map.of("department", "Design"));
        Member late2 = Member.launch(tool, platform, "late2-" + c.name(), List.of(LEARNER), c.name(), c.name() + "-link",
                Map.of("department", "Design"));
        problem(late1.send("POST", c.programme() + "/late-joiners", null), 403);
        Map<String, Object> placed = c.facilitator().ok("POST", c.programme() + "/late-joiners", null);
        Map<String, Object> into = (Map<String, Object>) placed.get("placed");
        assertThat(into).containsOnlyKeys(late1.personId(), late2.personId());
        assertThat(into.get(late1.personId())).as("one into each group, below the target first").isNotEqualTo(into.get(late2.personId()));
        assertThat((Map<String, Object>) c.facilitator().ok("POST", c.programme() + "/late-joiners", null).get("placed")).isEmpty();
        String thread = latest(late1.ok("/api/spaces/" + c.space() + "/feed")).stream()
                .filter(t -> "Say hello".equals(t.get("title"))).findFirst().orElseThrow().get("id").toString();
        String hello = (String) late1.ok("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"Hello from a latecomer\"}").get("id");

        String group = (String) into.get(late1.personId());
        problem(late2.send("DELETE", c.programme() + "/groups/" + group + "/members/me", null), 404);
        assertThat(late1.send("DELETE", c.programme() + "/groups/" + group + "/members/me", null).status()).isEqualTo(204);
        assertThat(late1.get("/api/threads/" + thread).status()).as("no longer in the group").isEqualTo(403);
        assertThat(c.facilitator().ok("/api/threads/" + thread).toString()).as("the post stays").contains(hello);

        assertThat(late2.send("DELETE", c.programme() + "/participation", null).status()).isEqualTo(204);

        // Both groups have three again: nothing to re-form. Two leave one group: its last member is spread.
        Map<String, Object> round = c.facilitator().ok(c.programme() + "/rounds/latest");
        assertThat(round.get("reformationOffered")).isEqualTo(false);
        problem(c.facilitator().send("POST", c.programme() + "/rounds/latest/reformation", null), 409);
        problem(late1.send("GET", c.programme() + "/rounds/latest", null), 403);
        Map<String, Object> small = groups(round).get(0);
        List<String> smallMembers = members(small).stream().map(m -> m.get("personId").toString()).toList();
        assertThat(smallMembers).hasSize(3);
        Map<String, Member> byId = new HashMap<>();
        c.learners().forEach(m -> byId.put(m.personId(), m));
        for (String leaving : smallMembers.subList(0, 2)) {
            assertThat(byId.get(leaving).send("DELETE", c.programme() + "/groups/" + small.get("id") + "/members/me", null).status())
                    .isEqualTo(204);
        }
        round = c.facilitator().ok(c.programme() + "/rounds/latest");
        assertThat(round.get("reformationOffered")).isEqualTo(true);
        assertThat(groups(round).get(0).get("belowViableSize")).isEqualTo(true);
        Map<String, Object> reformed = c.facilitator().ok("POST", c.programme() + "/rounds/latest/reformation", null);
        assertThat(reformed.get("redistributed")).isEqualTo(List.of(1L));
        Map<String, Object> after = (Map<String, Object>) reformed.get("round");
        assertThat(after.get("reformationOffered")).isEqualTo(false);
        // The small group is no more: its people are in the others, and it is not listed.
        assertThat(groups(after)).extracting(g -> g.get("id")).doesNotContain(small.get("id"));
        assertThat(members(groups(after).get(0))).extracting(m -> m.get("personId")).contains(smallMembers.get(2)).hasSize(4);

        Map<String, Object> next = formed(c, 2L);
        assertThat((List<Map<String, Object>>) next.get("unplaced")).anySatisfy(u -> {
            assertThat(u.get("personId")).isEqualTo(late2.personId());
            assertThat(u.get("reason")).isEqualTo("OPTED_OUT");
        });
    }

    /**
     * A group that fell below the viable size while every other group is full: a re-formation would
     * change nothing, so none is offered (it used to be, again after every re-formation); the round
     * names the group instead, and a re-formation asked for anyway is refused, saying why.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSmallGroupNoOtherCanTakeIsNamedAndNoReformationIsOffered() {
        Course c = course(6);
        c.facilitator().ok("PUT", c.programme(), "{\"groupSize\": 3, \"minSize\": 3, \"maxSize\": 3, \"overlapHours\": 0}");
        Map<String, Object> draft = formed(c, 1L);
        c.facilitator().ok("POST", c.programme() + "/formations/" + draft.get("id") + "/publication", null);
        Map<String, Object> round = c.facilitator().ok(c.programme() + "/rounds/latest");
        assertThat(round.get("cannotReform")).isEqualTo(List.of());
        Map<String, Object> small = groups(round).get(0);
        List<String> smallMembers = members(small).stream().map(m -> m.get("personId").toString()).toList();
        Map<String, Member> byId = new HashMap<>();
        c.learners().forEach(m -> byId.put(m.personId(), m));
        assertThat(byId.get(smallMembers.get(0)).send("DELETE", c.programme() + "/groups/" + small.get("id") + "/members/me", null)
                .status()).isEqualTo(204);

        round = c.facilitator().ok(c.programme() + "/rounds/latest");
        assertThat(groups(round).get(0).get("belowViableSize")).isEqualTo(true);
        assertThat(round.get("reformationOffered")).as("the other group is full").isEqualTo(false);
        assertThat(round.get("cannotReform")).isEqualTo(List.of(1L));
        Map<String, Object> refused = problem(c.facilitator().send("POST", c.programme() + "/rounds/latest/reformation", null), 409);
        assertThat(refused.get("detail").toString()).contains("group 1").contains("maximum size");
        round = c.facilitator().ok(c.programme() + "/rounds/latest");
        assertThat(members(groups(round).get(0))).as("nothing moved").hasSize(2);
        assertThat(members(groups(round).get(1))).hasSize(3);
    }

    private static Member stranger(Course c) {
        return Member.launch(tool, platform, "s-" + UUID.randomUUID(), List.of(LEARNER), "other-" + c.name());
    }

    /** Starts a formation and waits for its draft. */
    static Map<String, Object> formed(Course c, Long seed) {
        ToolClient.Reply started = c.facilitator().send("POST", c.programme() + "/formations" + (seed == null ? "" : "?seed=" + seed), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return await(c, URI.create(started.header("Location")).getPath());
    }

    static Map<String, Object> await(Course c, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Object> view = null;
        while (Instant.now().isBefore(deadline)) {
            view = c.facilitator().ok(path);
            if (!"RUNNING".equals(view.get("state"))) {
                assertThat(view.get("state")).as(view.toString()).isEqualTo("READY");
                assertThat(view.get("progress")).isEqualTo(100L);
                return view;
            }
            sleep(100);
        }
        throw new AssertionError("the formation did not finish: " + view);
    }

    static String json(String csv) {
        return "{\"csv\": " + Member.quote(csv) + "}";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> settings(Map<String, Object> view) {
        return (Map<String, Object>) view.get("settings");
    }

    static Map<String, Object> problem(ToolClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).contains("application/problem+json");
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> groups(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("groups");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> members(Map<String, Object> group) {
        return (List<Map<String, Object>>) group.get("members");
    }

    /** Every thread a feed shows: pinned, conversation starters (seeded) and the latest. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> latest(Map<String, Object> feed) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String part : List.of("pinned", "starters", "latest")) {
            all.addAll((List<Map<String, Object>>) feed.getOrDefault(part, List.of()));
        }
        return all;
    }

    static Map<String, Object> member(Map<String, Object> view, String personId) {
        return groups(view).stream().flatMap(g -> members(g).stream()).filter(m -> personId.equals(m.get("personId")))
                .findFirst().orElseThrow(() -> new AssertionError(personId + " is in no group of " + view));
    }

    static int groupOf(Map<String, Object> view, String personId) {
        return ((Number) groups(view).stream().filter(g -> members(g).stream().anyMatch(m -> personId.equals(m.get("personId"))))
                .findFirst().orElseThrow().get("number")).intValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> valuesOf(Map<String, Object> view, String personId) {
        return (Map<String, Object>) member(view, personId).get("values");
    }

    static Set<Set<String>> pairs(Map<String, Object> view) {
        Set<Set<String>> pairs = new HashSet<>();
        for (Map<String, Object> group : groups(view)) {
            List<String> ids = members(group).stream().map(m -> m.get("personId").toString()).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(Set.of(ids.get(i), ids.get(j)));
                }
            }
        }
        return pairs;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
