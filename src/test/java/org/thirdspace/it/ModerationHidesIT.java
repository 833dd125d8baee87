package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * What the moderators hid stays hidden: a hidden thread names neither its title nor its author to
 * other members anywhere (feed, thread page, tag hub, search, person card, notifications), and the
 * earlier versions of a post the moderators reviewed are for its author and the moderators only,
 * also after the post was restored.
 */
@ExtendWith(ToolServer.class)
class ModerationHidesIT {

    static ToolClient tool;
    static TestPlatform platform;
    static String course;
    static Member facilitator;
    static Member moderator;
    static String space;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        course = "hides-" + UUID.randomUUID();
        facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        space = facilitator.createSpace("Hides");
        moderator = learner("moderator");
        facilitator.ok("PUT", "/api/spaces/" + space + "/members/" + moderator.personId() + "/role", "{\"role\": \"MODERATOR\"}");
    }

    static Member learner(String name) {
        return Member.launch(tool, platform, name + "-" + UUID.randomUUID(), List.of(LEARNER), course);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inFeed(Member reader, String thread) {
        return ((List<Map<String, Object>>) reader.ok("/api/spaces/" + space + "/feed").get("latest")).stream()
                .filter(t -> thread.equals(t.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> posts(Member reader, String thread) {
        return (List<Map<String, Object>>) reader.ok("/api/threads/" + thread).get("posts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHiddenThreadNamesNeitherItsTitleNorItsAuthorToOthers() {
        Member author = learner("author");
        Member reader = learner("reader");
        String word = "titleword" + UUID.randomUUID().toString().substring(0, 6);
        String replyWord = "replyword" + UUID.randomUUID().toString().substring(0, 6);
        String tag = "hiddentag-" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Who wrote " + word;
        String thread = author.startThread(space, title, "An opening the moderators will hide", tag);
        String reply = author.reply(thread, "A reply that stays visible " + replyWord);
        reader.ok("POST", "/api/threads/" + thread + "/follow", null);
        facilitator.reply(thread, "A facilitator replies");
        assertThat(reader.get("/api/notifications").body()).contains(title);
        String opening = (String) posts(author, thread).get(0).get("id");

        moderator.ok("PUT", "/api/posts/" + opening + "/hidden", "{\"reason\": \"checking\"}");

        // Feed and thread page.
        Map<String, Object> listed = inFeed(reader, thread);
        assertThat(listed.get("title")).isNull();
        assertThat(listed.get("authorName")).isNull();
        assertThat(listed.get("authorId")).isNull();
        Map<String, Object> page = reader.ok("/api/threads/" + thread);
        assertThat(((Map<String, Object>) page.get("thread")).get("authorName")).isNull();
        Map<String, Object> openingSeen = posts(reader, thread).get(0);
        assertThat(openingSeen.get("authorId")).isNull();
        assertThat(openingSeen.get("authorName")).isNull();
        assertThat(reader.get("/api/threads/" + thread).body()).doesNotContain(title);
        // Tag hub: listed without title or author; its author is not among the tag's writers through it.
        Map<String, Object> hub = reader.get("/api/tags/" + tag).status() == 200 ? reader.ok("/api/tags/" + tag) : Map.of();
        assertThat(reader.get("/api/tags/" + tag).body()).doesNotContain(title).doesNotContain(author.personId());
        if (!hub.isEmpty()) {
            assertThat((List<?>) hub.get("writers")).noneMatch(w -> author.personId().equals(((Map<?, ?>) w).get("personId")));
        }
        // Search: the title finds nothing, a visible reply is found without the thread's title.
        assertThat(reader.get("/api/search?q=" + word).jsonArray()).isEmpty();
        List<Object> hits = reader.get("/api/search?q=" + replyWord).jsonArray();
        assertThat(hits).hasSize(1);
        assertThat(((Map<?, ?>) hits.get(0)).get("threadTitle")).isNull();
        // The author's card: the reply, without the thread's title; never the hidden opening.
        Map<String, Object> card = reader.ok("/api/people/" + author.personId());
        assertThat((List<Map<String, Object>>) card.get("recent")).extracting(w -> w.get("postId")).containsExactly(reply);
        assertThat(((List<Map<String, Object>>) card.get("recent")).get(0).get("threadTitle")).isNull();
        assertThat(reader.get("/api/people/" + author.personId()).body()).doesNotContain(title);
        // Notifications about it go from the list.
        assertThat(reader.get("/api/notifications").body()).doesNotContain(title).doesNotContain(thread);

        // Its author and the moderators still see everything.
        assertThat(inFeed(author, thread)).containsEntry("title", title).containsEntry("authorId", author.personId());
        assertThat(inFeed(moderator, thread)).containsEntry("title", title).containsEntry("authorId", author.personId());
        assertThat(posts(moderator, thread).get(0)).containsEntry("authorId", author.personId());
        assertThat(author.get("/api/search?q=" + replyWord).body()).contains(title);
        assertThat(moderator.get("/api/tags/" + tag).body()).contains(title);

        moderator.ok("DELETE", "/api/posts/" + opening + "/hidden", null);
        assertThat(inFeed(reader, thread)).containsEntry("title", title).containsEntry("authorId", author.personId());
        assertThat(reader.get("/api/search?q=" + replyWord).body()).contains(title);
    }

    @Test
    void theHistoryOfAModeratedPostIsForItsAuthorAndTheModeratorsOnly() {
        Member author = learner("edited");
        Member reader = learner("curious");
        String thread = facilitator.startThread(space, "History", "Opening");
        String insult = "You are all idiots, see http://insult.example/x";
        String reply = author.reply(thread, insult);
        moderator.ok("PUT", "/api/posts/" + reply + "/hidden", "{\"reason\": \"insult\"}");
        author.ok("PUT", "/api/posts/" + reply, "{\"body\": \"I disagree with this plan.\"}");
        moderator.ok("DELETE", "/api/posts/" + reply + "/hidden", null);

        Map<String, Object> seen = posts(reader, thread).stream().filter(p -> reply.equals(p.get("id"))).findFirst().orElseThrow();
        assertThat(seen.get("editedAt")).isNotNull();
        assertThat(seen).containsEntry("historyShown", false);
        assertThat(reader.get("/api/threads/" + thread).body()).doesNotContain("idiots");
        ToolClient.Reply refused = reader.get("/api/posts/" + reply + "/revisions");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("idiots");
        assertThat(author.get("/api/posts/" + reply + "/revisions").body()).contains("idiots");
        assertThat(moderator.get("/api/posts/" + reply + "/revisions").body()).contains("idiots");
        assertThat(posts(author, thread).stream().filter(p -> reply.equals(p.get("id"))).findFirst().orElseThrow())
                .containsEntry("historyShown", true);

        // A post nobody moderated keeps its history open to the space.
        String plain = author.reply(thread, "First words");
        author.ok("PUT", "/api/posts/" + plain, "{\"body\": \"Better words\"}");
        assertThat(reader.get("/api/posts/" + plain + "/revisions").body()).contains("First words");
        assertThat(posts(reader, thread).stream().filter(p -> plain.equals(p.get("id"))).findFirst().orElseThrow())
                .containsEntry("historyShown", true);
    }
}
