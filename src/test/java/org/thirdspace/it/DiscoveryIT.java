package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/** Search with filters and snippets, tag hubs and tag follows, member cards, and inert user content. */
@ExtendWith(ToolServer.class)
class DiscoveryIT {

    static ToolClient tool;
    static TestPlatform platform;
    static Member instructor;
    static Member learner;
    static String space;
    static String course;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        course = "discovery-" + UUID.randomUUID();
        instructor = Member.launch(tool, platform, "teacher", List.of(INSTRUCTOR), course);
        space = instructor.createSpace("Discovery");
        learner = Member.launch(tool, platform, "learner", List.of(LEARNER), course);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFindsWhatPeopleMaySeeWithHighlightedSnippetsAndFilters() {
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 6);
        String thread = learner.startThread(space, "Feedback rituals", "We tried a " + word + " <b>retro</b> & it worked.", "Retros");
        instructor.reply(thread, "The " + word + " format suits remote teams.");
        learner.startThread(space, "Unrelated", "Nothing to see");

        List<Object> hits = learner.get("/api/search?q=" + word).jsonArray();
        assertThat(hits).hasSize(2);
        Map<String, Object> first = (Map<String, Object>) hits.get(1);
        assertThat(first.get("threadId")).isEqualTo(thread);
        assertThat((String) first.get("snippet")).contains("<mark>" + word + "</mark>").contains("&amp;")
                .doesNotContain("<b>");
        assertThat(first.get("spaceTitle")).isEqualTo("Discovery");
        assertThat(learner.get("/api/search?q=" + word + "&tag=retros").jsonArray()).hasSize(2);
        assertThat(learner.get("/api/search?q=" + word + "&tag=no-such-tag").jsonArray()).isEmpty();
        assertThat(learner.get("/api/search?q=" + word + "&author=" + instructor.personId()).jsonArray()).hasSize(1);
        assertThat(learner.get("/api/search?q=" + word.toUpperCase() + "%20remote").jsonArray()).as("all terms, any case").hasSize(1);
        assertThat(learner.get("/api/search?q=").status()).isEqualTo(400);
        assertThat(learner.get("/api/search?q=" + "x".repeat(201)).status()).isEqualTo(400);
        Member outsider = Member.launch(tool, platform, "outsider", List.of(LEARNER), "other-" + course);
        assertThat(outsider.get("/api/search?q=" + word).jsonArray()).as("space-only threads stay in the space").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTagHubShowsTheThreadsAndPeopleOfATagAcrossSpacesAndFollowersAreTold() {
        String tag = "hub-" + UUID.randomUUID().toString().substring(0, 8);
        String otherCourse = "other-" + UUID.randomUUID();
        Member otherInstructor = Member.launch(tool, platform, "other-teacher", List.of(INSTRUCTOR), otherCourse);
        String otherSpace = otherInstructor.createSpace("Other space");
        Member follower = Member.launch(tool, platform, "follower", List.of(LEARNER), otherCourse);

        String inSpace = learner.startThread(space, "Space-only", "body", "#" + tag.toUpperCase());
        String orgWide = (String) otherInstructor.ok("POST", "/api/spaces/" + otherSpace + "/threads", "{\"title\": \"For everyone\","
                + " \"body\": \"shared\", \"tags\": [\"" + tag + "\"], \"audience\": \"ORGANISATION\"}").get("id");
        Map<String, Object> hub = learner.ok("/api/tags/" + tag);
        assertThat(list(hub, "threads")).extracting(t -> t.get("id")).containsExactlyInAnyOrder(inSpace, orgWide);
        assertThat(list(hub, "writers")).extracting(w -> w.get("personId")).contains(learner.personId(), otherInstructor.personId());
        assertThat(list(hub, "writers").get(0)).doesNotContainKey("count");
        assertThat(list(follower.ok("/api/tags/" + tag), "threads")).extracting(t -> t.get("id")).containsExactly(orgWide);

        follower.ok("POST", "/api/tags/" + tag + "/follow", null);
        assertThat(follower.ok("/api/tags/" + tag)).containsEntry("following", true);
        String next = otherInstructor.startThread(otherSpace, "More on it", "body", tag);
        assertThat(list(follower.ok("/api/notifications"), "items"))
                .anySatisfy(n -> assertThat(n).containsEntry("kind", "TAGGED_THREAD").containsEntry("threadId", next));
        assertThat(learner.get("/api/tags/never-used-" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(learner.get("/api/tags?prefix=hub-").jsonArray()).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberCardShowsWhatThePersonChoseAndWroteButNoEmailUnlessChosen() {
        learner.startThread(space, "About onboarding", "What helped you most?");
        Map<String, Object> card = instructor.ok("/api/people/" + learner.personId() + "?space=" + space);
        assertThat(card).containsEntry("name", "Person learner").containsEntry("roleInSpace", "MEMBER").doesNotContainKey("email");
        assertThat(list(card, "recent")).isNotEmpty();
        learner.ok("PUT", "/api/me/card", "{\"headline\": \"Team lead, Lyon\", \"about\": \"Ask me about onboarding\", \"showEmail\": true}");
        Map<String, Object> chosen = instructor.ok("/api/people/" + learner.personId());
        assertThat(chosen).containsEntry("headline", "Team lead, Lyon").containsEntry("email", "same@example.test");
        assertThat(learner.send("PUT", "/api/me/card", "{\"headline\": " + Member.quote("h".repeat(201)) + "}").status()).isEqualTo(400);
        assertThat(learner.ok("/api/people/" + learner.personId())).containsEntry("isMe", true).containsEntry("showsEmail", true);
    }

    private static final Pattern ACTIVE = Pattern.compile("(?i)<\\s*(script|iframe|img|svg|style|object|embed)|\\son\\w+\\s*=|href\\s*=\\s*\"\\s*javascript:");

    @Test
    @SuppressWarnings("unchecked")
    void xssInPostsComesOutInertThroughTheApi() {
        String body = String.join("\n\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
                "<svg onload=alert(1)>", "<iframe src=https://evil.example></iframe>", "<a href=\"javascript:alert(1)\">x</a>");
        String thread = learner.startThread(space, "<script>alert('title')</script>", body);
        Map<String, Object> view = instructor.ok("/api/threads/" + thread);
        String html = (String) list(view, "posts").get(0).get("html");
        assertThat(ACTIVE.matcher(html).find()).as(html).isFalse();
        assertThat(((Map<String, Object>) view.get("thread")).get("title")).isEqualTo("<script>alert('title')</script>");
        String preview = (String) learner.ok("POST", "/api/preview", "{\"spaceId\": \"" + space + "\", \"body\": " + Member.quote(body) + "}").get("html");
        assertThat(preview).isEqualTo(html);
    }
}
