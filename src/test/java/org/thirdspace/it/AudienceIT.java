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
 * Seek &gt; Sense &gt; Share: a peer-group thread is seen by its group (and the space's
 * facilitators) only; it moves to the space or the organisation only with its author's consent;
 * others' replies follow only when their authors share them.
 */
@ExtendWith(ToolServer.class)
class AudienceIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeerGroupThreadClimbsTheLadderOnlyWithConsent() {
        String course = "ladder-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Ladder");
        Member ana = Member.launch(tool, platform, "ana-" + course, List.of(LEARNER), course);
        Member bo = Member.launch(tool, platform, "bo-" + course, List.of(LEARNER), course);
        Member cy = Member.launch(tool, platform, "cy-" + course, List.of(LEARNER), course);
        Member outsider = Member.launch(tool, platform, "out-" + course, List.of(LEARNER), "elsewhere-" + course);
        String group = (String) facilitator.ok("POST", "/api/spaces/" + space + "/peer-groups",
                "{\"name\": \"Group A\", \"members\": [\"" + ana.personId() + "\", \"" + bo.personId() + "\"]}").get("id");
        assertThat(list(ana.ok("/api/spaces/" + space), "myPeerGroups")).extracting(g -> g.get("id")).containsExactly(group);
        assertThat(cy.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\", \"audience\": \"PEER_GROUP\","
                + " \"peerGroupId\": \"" + group + "\"}").status()).as("not in the group").isEqualTo(400);

        String thread = (String) ana.ok("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"Half-formed idea\","
                + " \"body\": \"Thinking aloud about ladderword\", \"audience\": \"PEER_GROUP\", \"peerGroupId\": \"" + group + "\"}").get("id");
        String boReply = bo.reply(thread, "Building on it");
        assertThat(list(bo.ok("/api/spaces/" + space + "/feed"), "latest")).extracting(t -> t.get("id")).contains(thread);
        assertThat(list(cy.ok("/api/spaces/" + space + "/feed"), "latest")).extracting(t -> t.get("id")).doesNotContain(thread);
        assertThat(cy.get("/api/threads/" + thread).status()).isEqualTo(403);
        assertThat(cy.get("/api/search?q=ladderword").jsonArray()).isEmpty();
        assertThat(facilitator.get("/api/threads/" + thread).status()).as("facilitators watch over groups").isEqualTo(200);

        assertThat(cy.send("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"SPACE\"}").status()).isEqualTo(403);
        assertThat(ana.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"SPACE\"}")).containsEntry("result", "WIDENED");
        assertThat(cy.get("/api/threads/" + thread).status()).isEqualTo(200);
        assertThat(ana.send("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"PEER_GROUP\"}").status())
                .as("never narrower").isEqualTo(400);

        // A facilitator can only ask; the author answers.
        assertThat(facilitator.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"ORGANISATION\"}"))
                .containsEntry("result", "REQUESTED");
        assertThat(facilitator.send("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"ORGANISATION\"}").status()).isEqualTo(409);
        assertThat(outsider.get("/api/threads/" + thread).status()).isEqualTo(403);
        Map<String, Object> request = (Map<String, Object>) ana.ok("/api/threads/" + thread).get("openRequest");
        assertThat(list(ana.ok("/api/notifications"), "items")).anySatisfy(n -> assertThat(n.get("kind")).isEqualTo("AUDIENCE_REQUEST"));
        assertThat(bo.send("POST", "/api/threads/audience-requests/" + request.get("id"), "{\"accept\": true}").status()).isEqualTo(403);
        ana.ok("POST", "/api/threads/audience-requests/" + request.get("id"), "{\"accept\": true}");

        // Now the organisation sees it — the opening post, not Bo's reply until Bo shares it.
        Map<String, Object> outside = outsider.ok("/api/threads/" + thread);
        assertThat(outside).containsEntry("inSpace", false).containsEntry("hiddenFromOutside", 1L).containsEntry("mayReply", false);
        assertThat(list(outside, "posts")).extracting(p -> p.get("id")).doesNotContain(boReply);
        assertThat(list(bo.ok("/api/notifications"), "items")).anySatisfy(n -> assertThat(n.get("kind")).isEqualTo("SHARE_REQUEST"));
        assertThat(ana.send("POST", "/api/posts/" + boReply + "/share", null).status()).isEqualTo(403);
        bo.ok("POST", "/api/posts/" + boReply + "/share", null);
        assertThat(list(outsider.ok("/api/threads/" + thread), "posts")).extracting(p -> p.get("id")).contains(boReply);
        assertThat(outsider.get("/api/search?q=ladderword").jsonArray()).hasSize(1);
        assertThat(outsider.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"hi\"}").status()).isEqualTo(403);
    }
}
