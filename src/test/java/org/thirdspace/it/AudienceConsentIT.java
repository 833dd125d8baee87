package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Consent before widening, and undo: every widening (the author's own, or their acceptance of a
 * facilitator's request) and every narrowing back is in the thread's history with who and when;
 * only the author narrows, back to the space from the organisation, and back to the peer group
 * it came from as long as only that group wrote in it.
 */
@ExtendWith(ToolServer.class)
class AudienceConsentIT {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Member reader, String thread) {
        return (List<Map<String, Object>>) reader.ok("/api/threads/" + thread).get("audienceHistory");
    }

    static String audience(Member reader, String thread) {
        return (String) ((Map<?, ?>) reader.ok("/api/threads/" + thread).get("thread")).get("audience");
    }

    @Test
    void wideningAndNarrowingBackAreTheAuthorsAndRecordedInTheThreadsHistory(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "consent-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Consent");
        Member ana = Member.launch(tool, platform, "ana-" + course, List.of(LEARNER), course);
        Member bo = Member.launch(tool, platform, "bo-" + course, List.of(LEARNER), course);
        Member cy = Member.launch(tool, platform, "cy-" + course, List.of(LEARNER), course);
        Member outsider = Member.launch(tool, platform, "out-" + course, List.of(LEARNER), "elsewhere-" + course);
        String group = (String) facilitator.ok("POST", "/api/spaces/" + space + "/peer-groups",
                "{\"name\": \"Pair\", \"members\": [\"" + ana.personId() + "\", \"" + bo.personId() + "\"]}").get("id");
        String word = "consentword" + UUID.randomUUID().toString().substring(0, 6);
        String thread = (String) ana.ok("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"Trying an idea\", \"body\": \"About "
                + word + "\", \"audience\": \"PEER_GROUP\", \"peerGroupId\": \"" + group + "\"}").get("id");
        bo.reply(thread, "Bo agrees");
        assertThat(history(ana, thread)).isEmpty();
        assertThat(ana.ok("/api/threads/" + thread).get("narrowTo")).isNull();

        ana.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"SPACE\"}");
        assertThat(history(cy, thread)).singleElement().satisfies(step -> assertThat(step).containsEntry("from", "PEER_GROUP")
                .containsEntry("to", "SPACE").containsEntry("byId", ana.personId()).containsEntry("requested", false).containsKey("at"));
        assertThat(ana.ok("/api/threads/" + thread).get("narrowTo")).isEqualTo("PEER_GROUP");
        assertThat(cy.ok("/api/threads/" + thread).get("narrowTo")).as("only for the author").isNull();

        // A facilitator asks; the author's acceptance is the consent, and the history says it was asked for.
        facilitator.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"ORGANISATION\"}");
        String request = (String) ((Map<?, ?>) ana.ok("/api/threads/" + thread).get("openRequest")).get("id");
        ana.ok("POST", "/api/threads/audience-requests/" + request, "{\"accept\": true}");
        assertThat(history(ana, thread)).hasSize(2).last().satisfies(step -> assertThat(step).containsEntry("from", "SPACE")
                .containsEntry("to", "ORGANISATION").containsEntry("byId", ana.personId()).containsEntry("requested", true));
        assertThat(outsider.get("/api/threads/" + thread).status()).isEqualTo(200);
        assertThat(outsider.get("/api/search?q=" + word).jsonArray()).hasSize(1);

        // Only the author narrows.
        for (Member other : List.of(facilitator, bo, cy, outsider)) {
            assertThat(other.send("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"SPACE\"}").status())
                    .as("narrowed by someone else").isIn(403);
        }
        assertThat(ana.send("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"ORGANISATION\"}").status())
                .as("not narrower").isEqualTo(400);
        ana.ok("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"SPACE\"}");
        assertThat(audience(ana, thread)).isEqualTo("SPACE");
        assertThat(outsider.get("/api/threads/" + thread).status()).isEqualTo(403);
        assertThat(outsider.get("/api/search?q=" + word).jsonArray()).isEmpty();
        assertThat(history(cy, thread)).hasSize(3).last().satisfies(step -> assertThat(step).containsEntry("from", "ORGANISATION")
                .containsEntry("to", "SPACE").containsEntry("byId", ana.personId()).containsEntry("requested", false));

        // Back to the group it came from: only its members (and the moderators) read it again.
        ana.ok("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"PEER_GROUP\"}");
        assertThat(audience(ana, thread)).isEqualTo("PEER_GROUP");
        assertThat(cy.get("/api/threads/" + thread).status()).isEqualTo(403);
        assertThat(bo.get("/api/threads/" + thread).status()).isEqualTo(200);
        assertThat(facilitator.get("/api/threads/" + thread).status()).isEqualTo(200);
        assertThat(history(bo, thread)).extracting(s -> s.get("to")).containsExactly("SPACE", "ORGANISATION", "SPACE", "PEER_GROUP");

        // Once a member outside the group wrote in it, it stays with the space: their words were for the space.
        ana.ok("POST", "/api/threads/" + thread + "/audience", "{\"audience\": \"SPACE\"}");
        cy.reply(thread, "Cy joins in");
        ToolClient.Reply refused = ana.send("POST", "/api/threads/" + thread + "/audience/narrow", "{\"audience\": \"PEER_GROUP\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(audience(ana, thread)).isEqualTo("SPACE");
        assertThat(history(ana, thread)).hasSize(5);

        // A thread started in the space has no group to go back to.
        String inSpace = ana.startThread(space, "Started in the space", "b");
        assertThat(ana.send("POST", "/api/threads/" + inSpace + "/audience/narrow", "{\"audience\": \"PEER_GROUP\"}").status()).isEqualTo(409);
    }
}
