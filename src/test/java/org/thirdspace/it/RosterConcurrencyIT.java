package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.job;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.RosterTestPlatform.member;

/**
 * One course, one run at a time: several people (or nodes) asking at once get the same run, and a
 * second node sharing the database — with its own schedule — never runs a course's sync while
 * another node does. The database lease decides, not a node's memory.
 */
@ExtendWith(ToolServer.class)
class RosterConcurrencyIT {

    private static RosterTestPlatform slowPlatform(ToolClient tool) {
        List<Map<String, Object>> roster = new ArrayList<>(RosterTestPlatform.learners("c", 40));
        roster.add(member("teacher", "Active", INSTRUCTOR));
        // Nine pages of 5 at 250 ms each: a run lasts a couple of seconds.
        return RosterTestPlatform.register(tool).roster(roster, 5).pageDelay(250);
    }

    /** Fires the requests at the same moment and returns the replies. */
    private static List<ToolClient.Reply> atOnce(List<Callable<ToolClient.Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ToolClient.Reply>> replies = new ArrayList<>();
            for (Callable<ToolClient.Reply> request : requests) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ToolClient.Reply> done = new ArrayList<>();
            for (Future<ToolClient.Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneRunStarted(List<ToolClient.Reply> replies) {
        assertThat(replies).filteredOn(r -> r.status() == 202).hasSize(1);
        assertOneRun(replies);
    }

    /** Everyone got the same run (which a schedule may have started just before them). */
    private static void assertOneRun(List<ToolClient.Reply> replies) {
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 202));
        assertThat(replies).filteredOn(r -> r.status() == 202).hasSizeLessThanOrEqualTo(1);
        assertThat(replies.stream().map(r -> ((Map<?, ?>) r.json().get("job")).get("id")).distinct()).hasSize(1);
    }

    @Test
    void peopleAskingAtOnceGetOneRun(ToolClient tool) throws Exception {
        try (RosterTestPlatform platform = slowPlatform(tool)) {
            RosterSyncs.Session teacher = RosterSyncs.session(tool, platform.launch("teacher", "at-once", List.of(INSTRUCTOR)));
            awaitFinished(tool, teacher);

            List<Callable<ToolClient.Reply>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                requests.add(() -> RosterSyncs.start(tool, teacher));
            }
            requests.add(() -> tool.admin("POST", "/api/admin/rosters/" + teacher.courseId() + "/sync", null));
            assertOneRunStarted(atOnce(requests));
            assertThat(job(awaitFinished(tool, teacher)).get("state")).isEqualTo("succeeded");

            List<Object> history = tool.admin("GET", "/api/admin/roster-syncs?course=" + teacher.courseId(), null).jsonArray();
            assertThat(history).hasSize(2);
        }
    }

    @Test
    void twoNodesOnOneDatabaseNeverSyncTheSameCourseAtOnce(ToolClient tool) throws Exception {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:"),
                "a second node needs the shared PostgreSQL database");
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "starts its own second node");
        try (RosterTestPlatform platform = slowPlatform(tool);
             PayaraMicroServer nodeB = PayaraMicroServer.start("node-b", Files.createTempDirectory("thirdspace-node-b-"),
                     Map.of("thirdspace.roster.schedule-seconds", "2", "thirdspace.keys.min-publish-seconds", "2"))) {
            nodeB.awaitReady(PayaraMicroServer.START_TIMEOUT);
            ToolClient onB = new ToolClient(nodeB);
            RosterSyncs.Session teacher = RosterSyncs.session(tool, platform.launch("teacher", "two-nodes", List.of(INSTRUCTOR)));
            awaitFinished(tool, teacher);

            // The same session works on both nodes: it is signed with a secret they share through the database.
            List<Callable<ToolClient.Reply>> requests = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                requests.add(() -> RosterSyncs.start(tool, teacher));
                requests.add(() -> RosterSyncs.start(onB, teacher));
            }
            assertOneRun(atOnce(requests));
            awaitFinished(tool, teacher);

            // A run going on node B (asked for there, or started by its schedule) is the run people asking node A get.
            ToolClient.Reply onNodeB = RosterSyncs.start(onB, teacher);
            ToolClient.Reply onNodeA = RosterSyncs.start(tool, teacher);
            assertThat(onNodeB.status()).isIn(200, 202);
            assertThat(onNodeA.status()).as("node A joins node B's run").isEqualTo(200);
            Object runOnB = ((Map<?, ?>) onNodeB.json().get("job")).get("id");
            assertThat(((Map<?, ?>) onNodeA.json().get("job")).get("id")).isEqualTo(runOnB);
            Object nodeOfRunOnB = tool.admin("GET", "/api/admin/roster-syncs/" + runOnB, null).json().get("node");
            awaitFinished(tool, teacher);

            // Node B's schedule gets to the course too (it works through every due course of the database).
            Instant until = Instant.now().plusSeconds(120);
            List<Map<?, ?>> runs = List.of();
            while (Instant.now().isBefore(until)) {
                runs = tool.admin("GET", "/api/admin/roster-syncs?course=" + teacher.courseId(), null).jsonArray().stream()
                        .<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
                if (runs.stream().anyMatch(r -> "schedule".equals(r.get("trigger")) && !"running".equals(r.get("state")))) {
                    break;
                }
                RosterSyncs.sleep(500);
            }
            runs = runs.stream().filter(r -> !"running".equals(r.get("state"))).toList();
            assertThat(runs).allSatisfy(r -> assertThat(r.get("state")).isEqualTo("succeeded"));
            assertThat(runs).extracting(r -> (Object) r.get("trigger")).contains("schedule", "facilitator", "launch");
            assertThat(runs.stream().map(r -> r.get("node")).distinct().count()).as("both nodes ran syncs").isEqualTo(2);
            assertThat(runs).filteredOn(r -> "launch".equals(r.get("trigger"))).singleElement()
                    .satisfies(launchRun -> assertThat(launchRun.get("node")).as("the launch run was node A's").isNotEqualTo(nodeOfRunOnB));
            assertThat(runs).filteredOn(r -> "schedule".equals(r.get("trigger")))
                    .allSatisfy(r -> assertThat(r.get("node")).isEqualTo(nodeOfRunOnB));
            // No two runs of the course overlap in time.
            List<Map<?, ?>> byStart = new ArrayList<>(runs);
            byStart.sort((a, b) -> Instant.parse((String) a.get("startedAt")).compareTo(Instant.parse((String) b.get("startedAt"))));
            for (int i = 1; i < byStart.size(); i++) {
                Instant previousEnd = Instant.parse((String) byStart.get(i - 1).get("finishedAt"));
                Instant nextStart = Instant.parse((String) byStart.get(i).get("startedAt"));
                assertThat(nextStart).as("run %s starts after run %s ended", byStart.get(i).get("id"), byStart.get(i - 1).get("id"))
                        .isAfterOrEqualTo(previousEnd);
            }
        }
    }
}
