package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thirdspace.it.AuthorizationMatrix.Action;
import org.thirdspace.it.AuthorizationMatrix.Cell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.CONTENT_DEVELOPER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;
import static org.thirdspace.it.Member.TEACHING_ASSISTANT;

/**
 * Who may do what in a space — every role against every action, through the API — and the tenant
 * boundary: the same course id and sub under another registration is another organisation, whose
 * spaces, threads and posts do not exist for this one.
 */
@ExtendWith(ToolServer.class)
class SpaceAuthorizationIT {


    static ToolClient tool;
    static String space;
    static Member author;
    static final Map<String, Member> people = new LinkedHashMap<>();

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String course = "authz-" + UUID.randomUUID();
        Member instructor = Member.launch(tool, platform, "instructor", List.of(INSTRUCTOR), course);
        space = instructor.createSpace("Authorization");
        author = Member.launch(tool, platform, "author", List.of(LEARNER), course);
        people.put("learner", Member.launch(tool, platform, "learner", List.of(LEARNER), course));
        Member moderator = Member.launch(tool, platform, "moderator", List.of(LEARNER), course);
        instructor.ok("PUT", "/api/spaces/" + space + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
        people.put("moderator", moderator);
        people.put("instructor", instructor);
        people.put("teaching assistant", Member.launch(tool, platform, "ta", List.of(TEACHING_ASSISTANT), course));
        people.put("course designer", Member.launch(tool, platform, "designer", List.of(CONTENT_DEVELOPER), course));
        people.put("organisation admin in the course", Member.launch(tool, platform, "admin", List.of(ORGANISATION_ADMIN), course));
        people.put("member of another course", Member.launch(tool, platform, "outsider", List.of(INSTRUCTOR), "other-" + course));
        people.put("other organisation, same ids", Member.launch(tool, other, "learner", List.of(INSTRUCTOR), course));
    }

    static String freshThread() {
        return author.startThread(space, "Thread " + UUID.randomUUID(), "Body");
    }

    static String firstPost(String thread) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> posts = (List<Map<String, Object>>) author.ok("/api/threads/" + thread).get("posts");
        return (String) posts.get(0).get("id");
    }

    static final List<Action> ACTIONS = List.of(
            new Action("view the space", m -> m.get("/api/spaces/" + space)),
            new Action("read the feed", m -> m.get("/api/spaces/" + space + "/feed")),
            new Action("read a thread", m -> m.get("/api/threads/" + freshThread())),
            new Action("start a thread", m -> m.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\"}")),
            new Action("reply", m -> m.send("POST", "/api/threads/" + freshThread() + "/replies", "{\"body\": \"b\"}")),
            new Action("react", m -> m.send("PUT", "/api/posts/" + firstPost(freshThread()) + "/reactions/THANKS", null)),
            new Action("list members", m -> m.get("/api/spaces/" + space + "/members?q=")),
            new Action("pin", m -> m.send("POST", "/api/threads/" + freshThread() + "/pin", null)),
            new Action("lock", m -> m.send("POST", "/api/threads/" + freshThread() + "/lock", null)),
            new Action("seed a topic", m -> m.send("POST", "/api/spaces/" + space + "/seeds", "{\"title\": \"s\", \"body\": \"b\"}")),
            new Action("give a role", m -> m.send("PUT", "/api/spaces/" + space + "/members/" + author.personId() + "/role",
                    "{\"role\": \"SYNTHESIZER\"}")),
            new Action("describe the space", m -> m.send("PATCH", "/api/spaces/" + space, "{\"title\": \"Authorization\"}")),
            new Action("edit another's post", m -> m.send("PUT", "/api/posts/" + firstPost(freshThread()), "{\"body\": \"mine now\"}")),
            new Action("delete another's post", m -> m.send("DELETE", "/api/posts/" + firstPost(freshThread()), null)));

    /** Expected statuses per person, in the order of {@link #ACTIONS}. */
    static final Map<String, int[]> EXPECTED = Map.of(
            "learner", new int[] {200, 200, 200, 201, 201, 204, 200, 403, 403, 403, 403, 403, 403, 403},
            "moderator", new int[] {200, 200, 200, 201, 201, 204, 200, 403, 204, 403, 403, 403, 403, 204},
            "instructor", new int[] {200, 200, 200, 201, 201, 204, 200, 204, 204, 201, 204, 204, 403, 204},
            "teaching assistant", new int[] {200, 200, 200, 201, 201, 204, 200, 204, 204, 201, 204, 204, 403, 204},
            "course designer", new int[] {200, 200, 200, 201, 201, 204, 200, 204, 204, 201, 204, 204, 403, 204},
            "organisation admin in the course", new int[] {200, 200, 200, 201, 201, 204, 200, 403, 403, 403, 403, 403, 403, 403},
            "member of another course", new int[] {403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403},
            "other organisation, same ids", new int[] {404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404});

    static Stream<Cell> matrix() {
        return AuthorizationMatrix.cells(ACTIONS, EXPECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyRoleAgainstEveryAction(Cell cell) {
        AuthorizationMatrix.check(cell, people);
    }

    @Test
    void anotherOrganisationWithTheSameCourseAndSubjectHasNoSpaceAndFindsNothing() {
        Member stranger = people.get("other organisation, same ids");
        assertThat(stranger.destination()).containsEntry("notSetUp", true);
        String thread = author.startThread(space, "A unique word: zanzibarquest", "zanzibarquest body", "shared-tag");
        assertThat(stranger.get("/api/search?q=zanzibarquest").jsonArray()).isEmpty();
        assertThat(stranger.get("/api/tags/shared-tag").status()).isEqualTo(404);
        assertThat(stranger.get("/api/people/" + author.personId()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/threads/" + thread).status()).isEqualTo(404);
        assertThat(author.get("/api/search?q=zanzibarquest").jsonArray()).hasSize(1);
    }

    @Test
    void withoutASessionEveryEndpointAnswers401() {
        for (String path : List.of("/api/spaces", "/api/spaces/" + space + "/feed", "/api/search?q=x", "/api/notifications")) {
            assertThat(tool.json("GET", path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(tool.json("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\"}").status()).isEqualTo(401);
    }
}
