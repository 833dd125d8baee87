package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * Community health from the database, on a community seeded through the API whose figures are
 * counted by hand: 21 people — a facilitator and an administrator who only launch, five who start a
 * conversation each, five who each answer one of them (from another department), five who only read,
 * three who do nothing. The figures about fewer than five people are hidden; only the organisation's
 * administrators (and the operator) see them.
 */
@ExtendWith(ToolServer.class)
class HealthIT {

    @Test
    @SuppressWarnings("unchecked")
    void theHealthOfASeededCommunityIsTheOneCountedByHand(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String course = "health-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        Member admin = Member.launch(tool, platform, "admin-" + course, List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        String space = facilitator.createSpace("Healthy community");
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Member creator = Member.launch(tool, platform, "creator-" + i + "-" + course, List.of(LEARNER), course, course + "-link",
                    Map.of("department", "Sales", "region", "EMEA"));
            threads.add(creator.startThread(space, "Question " + i, "How do we handle case " + i + "?"));
        }
        for (int i = 0; i < 5; i++) {
            Member contributor = Member.launch(tool, platform, "contributor-" + i + "-" + course, List.of(LEARNER), course,
                    course + "-link", Map.of("department", "Operations", "region", "EMEA"));
            contributor.reply(threads.get(i), "Like this, " + i + ".");
        }
        for (int i = 0; i < 5; i++) {
            Member reader = Member.launch(tool, platform, "reader-" + i + "-" + course, List.of(LEARNER), course);
            reader.ok("/api/threads/" + threads.get(i));
        }
        for (int i = 0; i < 3; i++) {
            Member.launch(tool, platform, "quiet-" + i + "-" + course, List.of(LEARNER), course);
        }
        String health = "/api/admin/organisations/" + platform.registrationId() + "/health";

        Map<String, Object> r = admin.ok(health);
        assertThat(((Number) r.get("members")).intValue()).isEqualTo(20);
        Map<String, Object> split = (Map<String, Object>) r.get("split");
        assertThat(split).containsEntry("creators", 5L).containsEntry("contributors", 5L).containsEntry("readers", 5L)
                .containsEntry("dormant", 5L).containsEntry("creatorShare", 0.25);
        Map<String, Object> movement = (Map<String, Object>) r.get("movement");
        assertThat(movement).as("everyone came in this month").containsEntry("inward", 15L).containsEntry("outward", 0L).containsEntry("same", 5L);
        Map<String, Object> responses = (Map<String, Object>) r.get("responses");
        assertThat(responses).containsEntry("threads", 5L);
        assertThat(((Number) responses.get("medianHours")).doubleValue()).as("answered within minutes").isLessThan(0.5);
        assertThat(responses.get("unansweredAt24h")).as("no thread is a day old yet").isNull();
        assertThat(r.get("monthlyActiveShare")).isEqualTo(0.75);
        assertThat((Map<String, Object>) r.get("newContributors")).containsEntry("count", 10L);
        assertThat((Map<String, Object>) r.get("ties")).as("five answers across departments; no region differs")
                .containsEntry("acrossDepartments", 5L).containsEntry("acrossRegions", 0L);
        assertThat((Map<String, Object>) r.get("yield")).containsEntry("threadsBecameArtifacts", 0L).containsEntry("artifacts", 0L);

        // The space alone: its members are the course's (the administrator launched from it too).
        Map<String, Object> inSpace = admin.ok(health + "?space=" + space);
        assertThat((Map<String, Object>) inSpace.get("split")).containsEntry("creators", 5L).containsEntry("readers", 5L);

        ToolClient.Reply csv = tool.get(health + "/csv", "Authorization", "Bearer " + admin.token(), "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("table,figure,value\r\n").contains("activity,creators,5\r\n")
                .contains("ties,pairs across departments,5\r\n").contains("responses,unanswered at 24 h,\r\n");

        // Served as computed (asOf says when): a new member counts once the view is computed again,
        // which fresh=true does at once, and is served so from then on.
        Member.launch(tool, platform, "late-" + course, List.of(LEARNER), course);
        Map<String, Object> served = admin.ok(health);
        assertThat(served.get("asOf")).isEqualTo(r.get("asOf"));
        assertThat(((Number) served.get("members")).intValue()).isEqualTo(20);
        Map<String, Object> recomputed = admin.ok(health + "?fresh=true");
        assertThat(((Number) recomputed.get("members")).intValue()).isEqualTo(21);
        assertThat(Instant.parse((String) recomputed.get("asOf"))).isAfter(Instant.parse((String) r.get("asOf")));
        assertThat(admin.ok(health).get("asOf")).isEqualTo(recomputed.get("asOf"));

        // Who may see it, and bad periods.
        Member learner = Member.launch(tool, platform, "reader-0-" + course, List.of(LEARNER), course);
        Member otherAdmin = Member.launch(tool, other, "admin-" + course, List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        assertThat(learner.get(health).status()).isEqualTo(403);
        assertThat(facilitator.get(health).status()).as("a facilitator is not an administrator").isEqualTo(403);
        assertThat(otherAdmin.get(health).status()).isEqualTo(404);
        assertThat(otherAdmin.get("/api/admin/organisations/" + other.registrationId() + "/health?space=" + space).status())
                .as("another organisation's space").isEqualTo(404);
        assertThat(tool.admin("GET", health, null).status()).as("the operator").isEqualTo(200);
        for (String bad : List.of("?from=yesterday", "?from=2026-05-02&to=2026-05-01", "?from=2024-01-01&to=2026-01-01", "?space=nope")) {
            ToolClient.Reply refused = admin.get(health + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }

        // Another organisation of four people: too few for any figure.
        String small = "health-small-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            Member.launch(tool, other, "p-" + i + "-" + small, List.of(LEARNER), small);
        }
        Map<String, Object> tiny = otherAdmin.ok("/api/admin/organisations/" + other.registrationId() + "/health");
        assertThat(tiny.get("members")).isNull();
        assertThat(tiny.get("split")).isNull();
    }
}
