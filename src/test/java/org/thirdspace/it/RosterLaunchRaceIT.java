package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.job;
import static org.thirdspace.it.RosterTestPlatform.member;

/**
 * A roster sync and launches of the same people at the same moment: the sync creates people and
 * memberships that the launches create too. Both sides are idempotent — every launch lands, the
 * sync succeeds, everyone is a member exactly once — and the server's log carries no personal data
 * (names, e-mail addresses, LMS user ids) nor custom values of the roster. Meant for PostgreSQL,
 * where a lost unique-key race aborts the transaction; it runs on H2 as well.
 */
@ExtendWith(ToolServer.class)
class RosterLaunchRaceIT {

    static final int LEARNERS = 150;

    static Map<String, Object> learner(String subject, String secret) {
        Map<String, Object> member = member(subject, "Active", LEARNER);
        member.put("message", List.of(Map.of("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("grade", secret))));
        return member;
    }

    @Test
    void aSyncAndLaunchesOfTheSamePeopleAtOnceBothSucceedAndLogNoPersonalData(ToolClient tool) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String secret = "secret-grade-" + run;
        Optional<ServerLog> log = ServerLog.mark();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try (RosterTestPlatform platform = RosterTestPlatform.register(tool)) {
            for (int round = 0; round < 3; round++) {
                String course = "race-" + run + "-" + round;
                List<Map<String, Object>> roster = new ArrayList<>();
                List<String> subjects = new ArrayList<>();
                for (int i = 0; i < LEARNERS; i++) {
                    String subject = "racer-" + run + "-" + round + "-" + i;
                    subjects.add(subject);
                    roster.add(learner(subject, secret));
                }
                roster.add(member("teacher-" + run + "-" + round, "Active", INSTRUCTOR));
                platform.roster(roster, 50).pageDelay(20);

                // The teacher's launch starts the course's first sync; every learner launches meanwhile,
                // many at once, so that launches insert people of the very page the sync is applying.
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> launches = new ArrayList<>();
                for (String subject : subjects) {
                    launches.add(pool.submit(() -> {
                        go.await();
                        return platform.launch(subject, course, List.of(LEARNER));
                    }));
                }
                String teacher = platform.launch("teacher-" + run + "-" + round, course, List.of(INSTRUCTOR));
                go.countDown();
                for (Future<String> launch : launches) {
                    assertThat(launch.get()).as("every launch lands").isNotBlank();
                }
                RosterSyncs.Session session = RosterSyncs.session(tool, teacher);
                Map<String, Object> view = awaitFinished(tool, session);
                assertThat(job(view).get("state")).as("round " + round + ": " + view).isEqualTo("succeeded");
                Map<String, Map<String, Object>> members = RosterSyncs.members(tool, session.courseId());
                assertThat(members.keySet()).containsAll(subjects).hasSize(LEARNERS + 1);
                assertThat(members.values()).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("active"));
                // A second sync finds everyone in place.
                RosterSyncs.start(tool, session);
                assertThat(job(RosterSyncs.awaitNextFinished(tool, session, job(view).get("id"))).get("state")).isEqualTo("succeeded");
            }
        } finally {
            pool.shutdownNow();
        }
        if (log.isPresent()) {
            assertThat(log.get().written()).as("the server log").doesNotContain("@roster.test").doesNotContain("Member racer-")
                    .doesNotContain("Person racer-").doesNotContain("racer-" + run).doesNotContain(secret);
        }
    }
}
