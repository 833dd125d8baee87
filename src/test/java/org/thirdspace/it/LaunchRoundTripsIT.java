package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Holds a full launch (login initiation, then the id_token POST) to its number of database round
 * trips — statements and commits, as the server counts them per request
 * ({@code thirdspace.db.count-round-trips}, on for the test server) — so that a round trip added to
 * the launch path fails here, not only in the launch benchmark. A launch is a handful of look-ups
 * and writes by key: their round trips, not the work in each, bound how many launches a node and its
 * database manage per second.
 */
@ExtendWith(ToolServer.class)
class LaunchRoundTripsIT {

    /** Login initiation: the login row, written outside any transaction. */
    static final int LOGIN = 1;
    /**
     * id_token POST of someone the tool has never seen, in a course it knows: the login found and
     * consumed in one statement (with, on PostgreSQL, the transaction's generic plans), the person
     * looked up, the person and the membership inserted — in one statement on PostgreSQL, two on H2
     * —, the destination, the commit. It was 9 on PostgreSQL (8 on H2) with the generic plans and
     * the link's entry each in a statement of their own, 7 while the login was read and consumed in
     * two, and 6 on PostgreSQL too while the person and the membership were two inserts.
     */
    static final int FIRST_LAUNCH = System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:") ? 5 : 6;
    /** id_token POST of someone who launched before, nothing changed: as above with the membership looked up, not inserted (was 8, 7 on H2, then 6). */
    static final int RETURNING_LAUNCH = 5;

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(),
                "a server started elsewhere does not count round trips");
        tool = client;
        platform = TestPlatform.register(tool);
        // The course, its link and the deployment's launch stamp exist, the platform's keys are fetched.
        assertThat(launch("warm-" + UUID.randomUUID()).post().status()).isEqualTo(200);
    }

    @Test
    void aFirstTimePersonLaunchesInFewRoundTrips() {
        Launch first = fewest(() -> launch("first-" + UUID.randomUUID()));

        assertThat(first.post().status()).isEqualTo(200);
        assertThat(first.loginRoundTrips()).as(first.loginStatements()).isLessThanOrEqualTo(LOGIN);
        assertThat(first.postRoundTrips()).as(first.postStatements()).isLessThanOrEqualTo(FIRST_LAUNCH);
    }

    @Test
    void aReturningPersonLaunchesInFewRoundTrips() {
        String subject = "returning-" + UUID.randomUUID();
        assertThat(launch(subject).post().status()).isEqualTo(200);

        Launch again = fewest(() -> launch(subject));

        assertThat(again.post().status()).isEqualTo(200);
        assertThat(again.loginRoundTrips()).as(again.loginStatements()).isLessThanOrEqualTo(LOGIN);
        assertThat(again.postRoundTrips()).as(again.postStatements()).isLessThanOrEqualTo(RETURNING_LAUNCH);
    }

    /** The two requests of one launch, with what each sent to the database. */
    record Launch(ToolClient.Reply login, ToolClient.Reply post) {

        int loginRoundTrips() {
            return count(login);
        }

        int postRoundTrips() {
            return count(post);
        }

        String loginStatements() {
            return "login: " + login.header("Thirdspace-Round-Trip-Statements");
        }

        String postStatements() {
            return "id_token POST: " + post.header("Thirdspace-Round-Trip-Statements");
        }

        private static int count(ToolClient.Reply reply) {
            String count = reply.header("Thirdspace-Round-Trips");
            assertThat(count).as("the server counts round trips").isNotNull();
            return Integer.parseInt(count);
        }
    }

    /**
     * The launch with the fewest round trips of a few: this node keeps registrations and deployments
     * for a few seconds ({@code RegistrationCache}), so a launch on a slow machine may find them
     * expired and read them again; that is not the launch's own cost.
     */
    private static Launch fewest(Supplier<Launch> launch) {
        Launch fewest = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Launch next = launch.get();
            if (fewest == null || next.loginRoundTrips() + next.postRoundTrips() < fewest.loginRoundTrips() + fewest.postRoundTrips()) {
                fewest = next;
            }
        }
        return fewest;
    }

    private static Launch launch(String subject) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply login = browser.postForm("/lti/login", platform.loginParameters(subject));
        assertThat(login.status()).isEqualTo(303);
        Login redirect = Login.from(login.header("Location"));
        ToolClient.Reply post = browser.postForm("/lti/launch", Map.of(
                "id_token", platform.sign(platform.launchClaims(redirect, subject, List.of(LEARNER)).build()),
                "state", redirect.state()));
        System.out.printf("launch of %s: login %s round trips (%s), id_token POST %s (%s)%n", subject,
                login.header("Thirdspace-Round-Trips"), login.header("Thirdspace-Round-Trip-Statements"),
                post.header("Thirdspace-Round-Trips"), post.header("Thirdspace-Round-Trip-Statements"));
        return new Launch(login, post);
    }
}
