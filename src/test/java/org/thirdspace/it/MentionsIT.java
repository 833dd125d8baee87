package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.quote;

/**
 * Mentions show the real person: only a mention the server resolved and recorded renders as one,
 * with the person's current name; a link to a person typed by hand is only words. Names and titles
 * lose their bidirectional controls, so none reads backwards.
 */
@ExtendWith(ToolServer.class)
class MentionsIT {

    static Member launchNamed(ToolClient tool, TestPlatform platform, String subject, String name, String course) {
        return Member.landed(tool, platform.launch(tool.browser(), subject, List.of(LEARNER), c -> {
            c.claim(TestPlatform.LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course));
            c.claim(TestPlatform.LTI + "resource_link", Map.of("id", course + "-link", "title", "Community"));
            c.claim("name", name);
        }));
    }

    @SuppressWarnings("unchecked")
    static String html(Member reader, String thread, String post) {
        return ((List<Map<String, Object>>) reader.ok("/api/threads/" + thread).get("posts")).stream()
                .filter(p -> post.equals(p.get("id"))).map(p -> (String) p.get("html")).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheServersMentionsRenderAndWithThePersonsCurrentName(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "mentions-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Mentions");
        String graceSubject = "grace-" + course;
        Member grace = launchNamed(tool, platform, graceSubject, "Grace Mbeki", course);
        Member ana = Member.launch(tool, platform, "ana-" + course, List.of(LEARNER), course);
        String thread = facilitator.startThread(space, "Plans", "What is the plan?");

        String forged = ana.reply(thread, "[@Grace Mbeki (Director)](#/people/" + grace.personId() + ") says we must do it");
        assertThat(html(facilitator, thread, forged)).doesNotContain("ts-mention").doesNotContain("data-person")
                .doesNotContain("#/people/").contains("Grace Mbeki (Director)");
        assertThat(notifications(grace)).as("a forged mention tells nobody").isEmpty();

        String real = ana.reply(thread, "Thanks [@Boss](mention:" + grace.personId() + ")!");
        assertThat(html(facilitator, thread, real)).contains("class=\"ts-mention\"").contains("data-person=\"" + grace.personId() + "\"")
                .contains("Grace Mbeki").doesNotContain("Boss");
        assertThat(notifications(grace)).singleElement().satisfies(n -> assertThat(n).containsEntry("kind", "MENTION"));

        // Grace's name changes in the LMS: the mention shows the name she has now.
        launchNamed(tool, platform, graceSubject, "Grace Mbeki-Okafor", course);
        assertThat(html(facilitator, thread, real)).contains("@Grace Mbeki-Okafor").doesNotContain("Grace Mbeki<");
        assertThat(html(facilitator, thread, forged)).as("still words only").doesNotContain("ts-mention");

        // Editing a post records its mentions anew.
        ana.ok("PUT", "/api/posts/" + real, "{\"body\": \"Thanks everyone\"}");
        assertThat(html(facilitator, thread, real)).doesNotContain("ts-mention");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notifications(Member member) {
        return (List<Map<String, Object>>) member.ok("/api/notifications").get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void titlesAndNamesLoseTheirBidirectionalControls(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "bidi-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = (String) facilitator.ok("POST", "/api/spaces", "{\"title\": " + quote("Team \u2067space\u2069 one")
                + ", \"purpose\": \"p\"}").get("id");
        assertThat(facilitator.ok("/api/spaces/" + space)).containsEntry("title", "Team space one");

        Member eve = launchNamed(tool, platform, "eve-" + course, "Eve \u202Enimda\u202C Smith", course);
        Map<String, Object> me = eve.ok("/api/me");
        assertThat(((Map<String, Object>) me.get("person")).get("name")).isEqualTo("Eve nimda Smith");

        String thread = (String) eve.ok("POST", "/api/spaces/" + space + "/threads", "{\"title\": " + quote("Invoice \u202Efdp.exe\u202C review")
                + ", \"body\": \"Please look\"}").get("id");
        Map<String, Object> view = facilitator.ok("/api/threads/" + thread);
        assertThat(((Map<String, Object>) view.get("thread"))).containsEntry("title", "Invoice fdp.exe review")
                .containsEntry("authorName", "Eve nimda Smith");
        assertThat(facilitator.get("/api/spaces/" + space + "/members?q=eve").body()).contains("Eve nimda Smith")
                .doesNotContain("\u202E").doesNotContain("\\u202e").doesNotContain("\\u202E");
        ToolClient.Reply onlyControls = eve.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": " + quote("\u202E\u202C")
                + ", \"body\": \"b\"}");
        assertThat(onlyControls.status()).as("a title of controls only is no title").isEqualTo(400);
    }
}
