package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * The preview of a space's peer groups: its facilitators see the active learners formed into
 * groups; learners are refused; another organisation finds no such space.
 */
@ExtendWith(ToolServer.class)
class PeerGroupProposalIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    @Test
    @SuppressWarnings("unchecked")
    void facilitatorsPreviewTheGroupsOthersAreRefused() {
        String course = "groups-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Circle");
        List<Member> learners = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            learners.add(Member.launch(tool, platform, "l" + i + "-" + course, List.of(LEARNER), course));
        }
        String path = "/api/spaces/" + space + "/peer-groups/proposal";

        Map<String, Object> preview = facilitator.ok(path + "?seed=7");

        List<Map<String, Object>> groups = (List<Map<String, Object>>) preview.get("groups");
        assertThat(groups).hasSize(2);
        Set<String> grouped = new HashSet<>();
        for (Map<String, Object> group : groups) {
            List<Map<String, Object>> members = (List<Map<String, Object>>) group.get("members");
            assertThat(members).hasSize(6);
            members.forEach(m -> grouped.add((String) m.get("personId")));
        }
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(learners.stream().map(Member::personId).toList());
        assertThat((Map<String, Object>) preview.get("report")).containsKeys("meanDiversity", "ratioToRandom", "binding");
        assertThat(facilitator.ok(path + "?seed=7").get("groups")).isEqualTo(preview.get("groups"));

        ToolClient.Reply learner = learners.get(0).send("GET", path, null);
        assertThat(learner.status()).as(learner.toString()).isEqualTo(403);
        assertThat(learner.headerMap().toString()).contains("application/problem+json");

        Member stranger = Member.launch(tool, TestPlatform.register(tool), "f-" + course, List.of(INSTRUCTOR), course);
        assertThat(stranger.send("GET", path, null).status()).isEqualTo(404);
        ToolClient.Reply badSeed = facilitator.send("GET", path + "?seed=soon", null);
        assertThat(badSeed.status()).as(badSeed.toString()).isEqualTo(400);
        assertThat(badSeed.headerMap().toString()).contains("application/problem+json");
    }
}
