package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.RosterSyncs.job;

/**
 * Two Payara Micro nodes on one PostgreSQL behind Debian's nginx. Under a mixed load — launches,
 * feed and thread reads, replies — and during a roster sync, one node is killed (SIGKILL): the
 * proxy sends the next requests to the survivor, every acknowledged reply is there, people stay
 * signed in (a session is a token, not node memory), the survivor takes the roster sync over once
 * its lease has run out and completes it, and a node started again serves what the others wrote.
 *
 * <p>Needs PostgreSQL (two nodes cannot share the embedded H2) and nginx; without nginx it is
 * skipped unless {@code thirdspace.it.cluster-required} is set, as CI does.
 */
@ExtendWith(ToolServer.class)
class ClusterFailoverIT {

    /** Requests that fail while the proxy finds out that a node died; after it, none may. */
    static final Duration RETRY_WINDOW = Duration.ofSeconds(3);
    static final int WORKERS = 4;
    static final int LEARNERS_IN_ROSTER = 600;

    record Failure(Instant at, String what) {
    }

    @Test
    void aNodeKilledUnderLoadLosesNoAcknowledgedWriteAndTheSurvivorFinishesTheRosterSync(ToolClient tool) throws Exception {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:"),
                "two nodes need the shared PostgreSQL database");
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "starts its own nodes");
        if (!Nginx.available()) {
            if (Boolean.getBoolean("thirdspace.it.cluster-required")) {
                fail("nginx is required for the failover test (apt-get install nginx-light): " + Nginx.BINARY);
            }
            Assumptions.abort("nginx is not installed");
        }
        int proxyPort = PayaraMicroServer.freePort();
        String adminToken = "cluster-" + UUID.randomUUID();
        Map<String, String> settings = Map.of(
                "thirdspace.base-url", "http://localhost:" + proxyPort,
                "thirdspace.admin.token", adminToken,
                "thirdspace.roster.lease-seconds", "4",
                "thirdspace.roster.schedule-seconds", "0",
                "thirdspace.roster.stale-after-minutes", "0",
                "thirdspace.safety.posts-per-minute", "1000");
        PayaraMicroServer nodeB = PayaraMicroServer.start("cluster-b", Files.createTempDirectory("thirdspace-cluster-b-"), settings);
        PayaraMicroServer nodeC = PayaraMicroServer.start("cluster-c", Files.createTempDirectory("thirdspace-cluster-c-"), settings);
        ExecutorService load = Executors.newFixedThreadPool(WORKERS);
        try (Nginx proxy = startBehindProxy(nodeB, nodeC, proxyPort, adminToken)) {
            ToolClient front = new ToolClient(proxy);
            TestPlatform platform = TestPlatform.register(front);
            String course = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
            Member facilitator = Member.launch(front, platform, "f-" + course, List.of(INSTRUCTOR), course);
            String space = facilitator.createSpace("Still here");
            String thread = facilitator.startThread(space, "Failover", "Who is still here?");

            // A roster sync that node B runs, slowly enough to be killed half-way.
            RosterTestPlatform lms = RosterTestPlatform.register(front)
                    .roster(rosterOf(LEARNERS_IN_ROSTER), 20).pageDelay(300);
            RosterSyncs.Session teacher = RosterSyncs.session(front, lms.launch("teacher", course + "-roster", List.of(INSTRUCTOR)));
            ToolClient onB = new ToolClient(nodeB);
            assertThat(RosterSyncs.start(onB, teacher).status()).isEqualTo(202);
            Object firstRun = awaitPages(front, teacher, 2);

            // The mixed load, through the proxy.
            Instant stopAt = Instant.now().plusSeconds(20);
            List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
            Set<String> acknowledged = Collections.synchronizedSet(new java.util.HashSet<>());
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                workers.add(load.submit(() -> work(front, platform, course, space, thread, worker, stopAt, acknowledged, failures)));
            }
            Thread.sleep(5_000);
            Instant killedAt = Instant.now();
            nodeB.kill();
            int requests = 0;
            for (Future<Integer> worker : workers) {
                requests += worker.get(90, TimeUnit.SECONDS);
            }
            List<Failure> late = failures.stream().filter(f -> f.at().isAfter(killedAt.plus(RETRY_WINDOW))).toList();
            System.out.printf("Cluster failover: %d requests, %d replies acknowledged, %d failures (%d within %d s of the kill)%n",
                    requests, acknowledged.size(), failures.size(), failures.size() - late.size(), RETRY_WINDOW.toSeconds());
            assertThat(failures.stream().filter(f -> f.at().isBefore(killedAt)).toList()).as("before the kill").isEmpty();
            assertThat(late).as("after the proxy's retry window").isEmpty();
            assertThat(acknowledged).as("replies written under load").hasSizeGreaterThan(10);

            // Every acknowledged reply is there, read through the survivor.
            assertThat(postIds(facilitator, thread)).containsAll(acknowledged);
            assertThat(front.json("GET", "/api/me", null, "Authorization", "Bearer " + facilitator.token()).status())
                    .as("still signed in").isEqualTo(200);

            // The survivor takes the roster sync over once node B's lease has run out, and completes it.
            Map<?, ?> finished = job(takeOver(front, teacher, firstRun));
            assertThat(finished.get("state")).as(finished.toString()).isEqualTo("succeeded");
            assertThat(finished.get("membersApplied")).isEqualTo((long) LEARNERS_IN_ROSTER + 1);
            assertThat(RosterSyncs.members(front, teacher.courseId())).hasSize(LEARNERS_IN_ROSTER + 1);

            // Node B comes back (a new process on the same database) and serves what was written meanwhile.
            try (PayaraMicroServer again = PayaraMicroServer.start("cluster-b-again",
                    Files.createTempDirectory("thirdspace-cluster-b2-"), settings)) {
                again.awaitReady(PayaraMicroServer.START_TIMEOUT);
                ToolClient onAgain = new ToolClient(again);
                assertThat(onAgain.json("GET", "/api/me", null, "Authorization", "Bearer " + facilitator.token()).status()).isEqualTo(200);
                assertThat(postIdsOn(onAgain, facilitator.token(), thread)).containsAll(acknowledged);
            }
        } finally {
            load.shutdownNow();
            nodeB.close();
            nodeC.close();
        }
    }

    private static Nginx startBehindProxy(PayaraMicroServer nodeB, PayaraMicroServer nodeC, int proxyPort, String adminToken)
            throws Exception {
        nodeB.awaitReady(PayaraMicroServer.START_TIMEOUT);
        nodeC.awaitReady(PayaraMicroServer.START_TIMEOUT);
        return Nginx.start(proxyPort, List.of(nodeB.port(), nodeC.port()), adminToken);
    }

    private static List<Map<String, Object>> rosterOf(int learners) {
        List<Map<String, Object>> roster = new ArrayList<>(RosterTestPlatform.learners("c", learners));
        roster.add(RosterTestPlatform.member("teacher", "Active", INSTRUCTOR));
        return roster;
    }

    /** One simulated member: launches, reads the feed and the thread, replies one time in five. */
    private static int work(ToolClient front, TestPlatform platform, String course, String space, String thread, int worker,
                            Instant stopAt, Set<String> acknowledged, List<Failure> failures) {
        SimulatedMember member = new SimulatedMember(front, platform, course, space, thread, "Worker " + worker, 25, 5, acknowledged);
        int requests = 0;
        for (int i = 0; Instant.now().isBefore(stopAt); i++) {
            SimulatedMember.Step step = member.step(i);
            if (step.failure() != null) {
                // When it failed, not when it started: a request in flight when the node dies fails then.
                failures.add(new Failure(Instant.now(), step.what() + ": " + step.failure()));
            }
            requests++;
        }
        return requests;
    }

    private static Object awaitPages(ToolClient tool, RosterSyncs.Session teacher, int pages) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> run = job(RosterSyncs.status(tool, teacher).json());
            if (run != null && ((Number) run.get("pagesFetched")).intValue() >= pages) {
                assertThat(run.get("state")).isEqualTo("running");
                return run.get("id");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the roster sync did not reach page " + pages);
    }

    /** Asks for a sync until a new run has replaced the dead node's, then waits for it to finish. */
    private static Map<String, Object> takeOver(ToolClient tool, RosterSyncs.Session teacher, Object deadRun) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            ToolClient.Reply started = RosterSyncs.start(tool, teacher);
            assertThat(started.status()).as(started.toString()).isIn(200, 202);
            if (!deadRun.equals(job(started.json()).get("id"))) {
                return RosterSyncs.awaitNextFinished(tool, teacher, deadRun);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("nobody took the roster sync over from the killed node");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> postIds(Member reader, String thread) {
        return ((List<Map<String, Object>>) reader.ok("/api/threads/" + thread).get("posts")).stream()
                .map(p -> (String) p.get("id")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> postIdsOn(ToolClient node, String token, String thread) {
        ToolClient.Reply reply = node.json("GET", "/api/threads/" + thread, null, "Authorization", "Bearer " + token);
        assertThat(reply.status()).isEqualTo(200);
        return ((List<Map<String, Object>>) reply.json().get("posts")).stream()
                .map(p -> (String) p.get("id")).collect(Collectors.toSet());
    }
}
