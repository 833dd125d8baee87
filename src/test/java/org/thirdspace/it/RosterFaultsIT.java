package org.thirdspace.it;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.RosterSyncs.awaitFinished;
import static org.thirdspace.it.RosterSyncs.awaitNextFinished;
import static org.thirdspace.it.RosterSyncs.job;
import static org.thirdspace.it.RosterSyncs.members;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.RosterTestPlatform.member;

/**
 * Roster sync against a platform played by the test, over real HTTP: what the tool sends (media
 * type, bearer token, limit and no rlid, the client assertion), how it pages, and what it does when
 * the platform misbehaves — a 500, a timeout, a malformed or missing page, a next link to another
 * origin, an expired differences link, a revoked token, service URLs on private addresses. A run
 * that cannot read the whole roster never takes anyone's access away.
 */
@ExtendWith(ToolServer.class)
class RosterFaultsIT {

    private final List<RosterTestPlatform> platforms = new ArrayList<>();

    @AfterEach
    void closePlatforms() {
        platforms.forEach(RosterTestPlatform::close);
    }

    private RosterTestPlatform platform(ToolClient tool, List<Map<String, Object>> roster, int pageSize) {
        RosterTestPlatform platform = RosterTestPlatform.register(tool).roster(roster, pageSize);
        platforms.add(platform);
        return platform;
    }

    /** A roster of learners l0…l(n-1) and the teacher who launches. */
    private static List<Map<String, Object>> roster(int learners) {
        List<Map<String, Object>> roster = new ArrayList<>(RosterTestPlatform.learners("l", learners));
        roster.add(member("teacher", "Active", INSTRUCTOR));
        return roster;
    }

    private static RosterSyncs.Session teach(ToolClient tool, RosterTestPlatform platform, String course) {
        return RosterSyncs.session(tool, platform.launch("teacher", course, List.of(INSTRUCTOR)));
    }

    private static Map<?, ?> syncAgain(ToolClient tool, RosterSyncs.Session session, Object previous) {
        ToolClient.Reply started = RosterSyncs.start(tool, session);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return job(awaitNextFinished(tool, session, previous));
    }

    private static String status(ToolClient tool, RosterSyncs.Session session, String subject) {
        return (String) members(tool, session.courseId()).get(subject).get("status");
    }

    @Test
    void pagesOfTheCoursesRosterAreReadWithTheNrpsMediaTypeABearerTokenAndLimit(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(24), 10);
        RosterSyncs.Session teacher = teach(tool, platform, "paging");
        Map<?, ?> job = job(awaitFinished(tool, teacher));
        assertThat(job.get("state")).isEqualTo("succeeded");
        assertThat(job.get("pagesFetched")).isEqualTo(3L);
        assertThat(job.get("membersApplied")).isEqualTo(25L);

        List<RosterTestPlatform.Received> requests = platform.received();
        assertThat(requests).hasSize(3).allSatisfy(r -> {
            assertThat(r.accept()).isEqualTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            assertThat(r.authorization()).startsWith("Bearer tok-");
        });
        assertThat(requests.get(0).query()).as("the course's roster, not one link's").contains("limit=1000").doesNotContain("rlid");
        assertThat(requests.get(1).query()).isEqualTo("page=1");
        assertThat(platform.assertionProblems()).isEmpty();
        assertThat(platform.scopesRequested()).containsExactly("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        assertThat(members(tool, teacher.courseId())).hasSize(25);
    }

    @Test
    void aServerErrorAndATimeoutAreRetriedAndTheRunSucceeds(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(29), 10)
                .fault(1, RosterTestPlatform.Fault.status(500, 1))
                .fault(2, RosterTestPlatform.Fault.delay(4_000, 1));   // longer than the tool's 3 s read timeout
        RosterSyncs.Session teacher = teach(tool, platform, "retry");
        Map<?, ?> job = job(awaitFinished(tool, teacher));
        assertThat(job.get("state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("membersApplied")).isEqualTo(30L);
        assertThat(platform.pageRequests(1)).isEqualTo(2);
        assertThat(platform.pageRequests(2)).isEqualTo(2);
    }

    @Test
    void aPageThatKeepsFailingStopsTheRunAndNobodyLosesAccess(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(30), 10);
        RosterSyncs.Session teacher = teach(tool, platform, "persistent-500");
        Map<String, Object> first = awaitFinished(tool, teacher);
        Object lastSuccess = first.get("lastSuccessfulSyncAt");

        // The LMS drops l0…l9, but the second page keeps failing.
        List<Map<String, Object>> smaller = new ArrayList<>(roster(30).subList(10, 31));
        platform.roster(smaller, 10).fault(1, RosterTestPlatform.Fault.status(500, 100));
        long asked = platform.pageRequests(1);
        Map<?, ?> failed = syncAgain(tool, teacher, job(first).get("id"));
        assertThat(failed.get("state")).isEqualTo("failed");
        assertThat((String) failed.get("error")).contains("roster page 2").contains("HTTP 500").contains("retries");
        assertThat(failed.get("pagesFetched")).isEqualTo(1L);
        assertThat(platform.pageRequests(1) - asked).as("the first try and three retries").isEqualTo(4);
        assertThat(status(tool, teacher, "l0")).isEqualTo("active");
        assertThat(status(tool, teacher, "l9")).isEqualTo("active");
        assertThat(RosterSyncs.status(tool, teacher).json().get("lastSuccessfulSyncAt")).isEqualTo(lastSuccess);

        // Once the platform recovers, a complete read takes the leavers' access away.
        platform.clearFaults();
        Map<?, ?> recovered = syncAgain(tool, teacher, failed.get("id"));
        assertThat(recovered.get("state")).isEqualTo("succeeded");
        assertThat(recovered.get("membersDeactivated")).isEqualTo(10L);
        assertThat(status(tool, teacher, "l0")).isEqualTo("inactive");
        assertThat(status(tool, teacher, "l10")).isEqualTo("active");
    }

    @Test
    void aMalformedPageAMemberWithoutUserIdAndAMissingPageStopTheRunWithAClearError(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(20), 10);
        RosterSyncs.Session teacher = teach(tool, platform, "malformed");
        Object previous = job(awaitFinished(tool, teacher)).get("id");
        platform.roster(roster(20).subList(10, 21), 5);

        platform.fault(1, RosterTestPlatform.Fault.body("{\"members\": [ not json", 100));
        Map<?, ?> malformed = syncAgain(tool, teacher, previous);
        assertThat(malformed.get("state")).isEqualTo("failed");
        assertThat((String) malformed.get("error")).contains("roster page 2").contains("malformed membership container");

        platform.clearFaults().fault(1, RosterTestPlatform.Fault.body("{\"members\": [{\"roles\": []}]}", 100));
        Map<?, ?> noUserId = syncAgain(tool, teacher, malformed.get("id"));
        assertThat((String) noUserId.get("error")).contains("member 1 has no user_id");

        platform.clearFaults().fault(1, RosterTestPlatform.Fault.status(404, 100));
        long asked = platform.pageRequests(1);
        Map<?, ?> missing = syncAgain(tool, teacher, noUserId.get("id"));
        assertThat((String) missing.get("error")).contains("HTTP 404");
        assertThat(platform.pageRequests(1) - asked).as("a 404 is not retried").isEqualTo(1);

        assertThat(members(tool, teacher.courseId()).values()).allSatisfy(m -> assertThat(m.get("status")).isEqualTo("active"));
    }

    @Test
    void aPageLargerThanTheSizeCapIsRefusedUnread(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(5), 10);
        // 9 MB of padding: more than the default 8 MB cap on one roster page.
        String oversized = "{\"members\": [], \"padding\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";
        platform.fault(0, RosterTestPlatform.Fault.body(oversized, 100));
        RosterSyncs.Session teacher = teach(tool, platform, "oversized");
        Map<?, ?> job = job(awaitFinished(tool, teacher));
        assertThat(job.get("state")).isEqualTo("failed");
        assertThat((String) job.get("error")).contains("roster page 1").contains("larger than 8388608 bytes");
        assertThat(platform.pageRequests(0)).as("a refusal is not retried").isEqualTo(1);
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowedAndNeverGetsTheToken(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(25), 10).crossOriginNextAfter(0);
        RosterSyncs.Session teacher = teach(tool, platform, "cross-origin");
        Map<?, ?> job = job(awaitFinished(tool, teacher));
        assertThat(job.get("state")).isEqualTo("failed");
        assertThat((String) job.get("error")).contains("another origin").contains("no access token was sent");
        // The next page lives on the same server under another origin (127.0.0.1): it was never asked for.
        assertThat(platform.received()).hasSize(1);
        assertThat(platform.pageRequests(1)).isZero();
    }

    @Test
    void rolesInEveryFormAndStatusesAreApplied(ToolClient tool) {
        List<Map<String, Object>> roster = new ArrayList<>(List.of(
                member("teacher", "Active", INSTRUCTOR),
                member("full", "Active", LEARNER),
                member("short", "Active", "Learner"),
                member("urn", "Active", "urn:lti:role:ims/lis/Learner"),
                member("ta", "Active", "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"),
                member("ta-urn", "Active", "urn:lti:role:ims/lis/Instructor/TeachingAssistant"),
                member("designer", "Active", "ContentDeveloper"),
                member("unknown-role", "Active", "http://example.com/roles#Astronaut"),
                member("inactive-newcomer", "Inactive", LEARNER),
                member("deleted-newcomer", "Deleted", LEARNER)));
        RosterTestPlatform platform = platform(tool, roster, 4);
        RosterSyncs.Session teacher = teach(tool, platform, "roles");
        Object first = job(awaitFinished(tool, teacher)).get("id");

        Map<String, Map<String, Object>> members = members(tool, teacher.courseId());
        assertThat(members.get("full").get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get("short").get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get("urn").get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(members.get("ta").get("roles")).isEqualTo(List.of("TEACHING_ASSISTANT"));
        assertThat(members.get("ta-urn").get("roles")).isEqualTo(List.of("TEACHING_ASSISTANT"));
        assertThat(members.get("designer").get("roles")).isEqualTo(List.of("CONTENT_DEVELOPER"));
        assertThat(members.get("unknown-role").get("roles")).isEqualTo(List.of());
        // Someone the tool never knew, listed without access, is not created.
        assertThat(members).doesNotContainKeys("inactive-newcomer", "deleted-newcomer");

        roster.set(1, member("full", "Inactive", LEARNER));
        roster.set(2, member("short", "Deleted", LEARNER));
        roster.set(3, member("urn", "Active", INSTRUCTOR));
        roster.set(8, member("inactive-newcomer", "Active", LEARNER));
        platform.roster(roster, 4);
        Map<?, ?> second = syncAgain(tool, teacher, first);
        assertThat(second.get("membersDeactivated")).isEqualTo(2L);
        assertThat(second.get("membersAdded")).isEqualTo(1L);
        assertThat(second.get("membersUpdated")).isEqualTo(1L);
        members = members(tool, teacher.courseId());
        assertThat(members.get("full").get("status")).isEqualTo("inactive");
        assertThat(members.get("short").get("status")).isEqualTo("inactive");
        assertThat(members.get("urn").get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        assertThat(members.get("inactive-newcomer").get("status")).isEqualTo("active");
    }

    /** The launch tells the same details as the roster, so that only roles could differ. */
    private static void sameNameAsTheRoster(JWTClaimsSet.Builder claims) {
        Map<String, Object> listed = member("non-editing", "Active");
        claims.claim("name", listed.get("name")).claim("given_name", listed.get("given_name"))
                .claim("family_name", listed.get("family_name")).claim("email", listed.get("email"));
    }

    @Test
    void aNonEditingTeacherKeepsTheLaunchsRolesThroughSyncsAndLaunches(ToolClient tool) {
        // As Moodle does: launched as an Instructor, listed in the roster as a Learner.
        List<Map<String, Object>> roster = new ArrayList<>(roster(3));
        roster.add(member("non-editing", "Active", LEARNER));
        RosterTestPlatform platform = platform(tool, roster, 10);
        RosterSyncs.Session teacher = teach(tool, platform, "non-editing");
        Object first = job(awaitFinished(tool, teacher)).get("id");
        platform.launch("non-editing", "non-editing", List.of(INSTRUCTOR), RosterFaultsIT::sameNameAsTheRoster);
        assertThat(members(tool, teacher.courseId()).get("non-editing").get("roles")).isEqualTo(List.of("INSTRUCTOR"));

        Map<?, ?> second = syncAgain(tool, teacher, first);
        assertThat(second.get("state")).isEqualTo("succeeded");
        assertThat(second.get("membersUpdated")).as("nobody's roles flip").isEqualTo(0L);
        Map<String, Map<String, Object>> members = members(tool, teacher.courseId());
        assertThat(members.get("non-editing").get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        assertThat(members.get("l0").get("roles")).as("who never launched has the roster's roles").isEqualTo(List.of("LEARNER"));

        // A later launch says otherwise: that holds.
        platform.launch("non-editing", "non-editing", List.of(LEARNER), RosterFaultsIT::sameNameAsTheRoster);
        assertThat(members(tool, teacher.courseId()).get("non-editing").get("roles")).isEqualTo(List.of("LEARNER"));
    }

    @Test
    void applyingTheSameRosterAgainChangesNothing(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(35), 10);
        RosterSyncs.Session teacher = teach(tool, platform, "idempotent");
        Map<?, ?> first = job(awaitFinished(tool, teacher));
        assertThat(first.get("membersAdded")).isEqualTo(35L);
        Map<String, Map<String, Object>> before = members(tool, teacher.courseId());

        Map<?, ?> again = syncAgain(tool, teacher, first.get("id"));
        assertThat(again.get("state")).isEqualTo("succeeded");
        assertThat(again.get("membersApplied")).isEqualTo(36L);
        assertThat(again.get("membersAdded")).isEqualTo(0L);
        assertThat(again.get("membersUpdated")).isEqualTo(0L);
        assertThat(again.get("membersDeactivated")).isEqualTo(0L);
        assertThat(members(tool, teacher.courseId())).isEqualTo(before);
    }

    @Test
    void tokensArePerRegistrationEvenWithASharedIssuerCachedAndRenewedAfterA401(ToolClient tool) {
        String issuer = "https://shared-roster-" + System.nanoTime() + ".test";
        RosterTestPlatform north = RosterTestPlatform.register(tool, issuer, "north").roster(roster(5), 10);
        RosterTestPlatform south = RosterTestPlatform.register(tool, issuer, "south").roster(roster(7), 10);
        platforms.add(north);
        platforms.add(south);
        RosterSyncs.Session inNorth = teach(tool, north, "shared");
        RosterSyncs.Session inSouth = teach(tool, south, "shared");
        Object northRun = job(awaitFinished(tool, inNorth)).get("id");
        assertThat(job(awaitFinished(tool, inSouth)).get("state")).isEqualTo("succeeded");

        assertThat(north.tokenRequests()).isEqualTo(1);
        assertThat(south.tokenRequests()).isEqualTo(1);
        assertThat(north.requestsWithForeignTokens()).isZero();
        assertThat(south.requestsWithForeignTokens()).isZero();
        assertThat(north.assertionProblems()).isEmpty();
        assertThat(south.assertionProblems()).isEmpty();
        assertThat(members(tool, inNorth.courseId())).hasSize(6);
        assertThat(members(tool, inSouth.courseId())).hasSize(8);

        // Cached: another run asks for no new token.
        Map<?, ?> cached = syncAgain(tool, inNorth, northRun);
        assertThat(cached.get("state")).isEqualTo("succeeded");
        assertThat(north.tokenRequests()).isEqualTo(1);

        // Revoked: the 401 drops the cached token, a new one is fetched and the run goes on.
        north.revokeTokens();
        int before = north.received().size();
        Map<?, ?> renewed = syncAgain(tool, inNorth, cached.get("id"));
        assertThat(renewed.get("state")).as(renewed.toString()).isEqualTo("succeeded");
        assertThat(north.tokenRequests()).isEqualTo(2);
        assertThat(north.received().size() - before).as("the refused request and its one retry").isEqualTo(2);
        assertThat(south.tokenRequests()).isEqualTo(1);
        assertThat(north.assertionProblems()).isEmpty();
    }

    @Test
    void serviceUrlsOnPrivateAddressesAreRefused(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(3), 10);
        String session = platform.launch("teacher", "private-nrps", List.of(INSTRUCTOR), claims -> claims.claim(
                RosterTestPlatform.NRPS_CLAIM, Map.of("context_memberships_url", "http://10.20.30.40/nrps/private", "service_versions", List.of("2.0"))));
        RosterSyncs.Session teacher = RosterSyncs.session(tool, session);
        Map<?, ?> job = job(awaitFinished(tool, teacher));
        assertThat(job.get("state")).isEqualTo("failed");
        assertThat((String) job.get("error")).contains("not allowed to call").contains("10.20.30.40");
        assertThat(platform.tokenRequests()).as("refused before a token was even asked for").isZero();

        for (String tokenEndpoint : List.of("http://169.254.169.254/latest/meta-data/token", "https://192.168.1.20/token",
                "https://10.0.0.8/token")) {
            String body = """
                    {"issuer": "https://private-%d.test", "clientId": "c", "name": "Private",
                     "authorizationEndpoint": "https://lms.example.com/auth", "tokenEndpoint": "%s",
                     "jwksUri": "https://lms.example.com/jwks", "targetLinkHosts": ["localhost"]}
                    """.formatted(System.nanoTime(), tokenEndpoint);
            ToolClient.Reply refused = tool.admin("POST", "/api/admin/registrations", body);
            assertThat(refused.status()).as(tokenEndpoint).isEqualTo(400);
            assertThat(refused.body()).contains("tokenEndpoint");
        }
    }

    @Test
    void differencesAreReadWhenOfferedAndAnExpiredLinkFallsBackToTheWholeRoster(ToolClient tool) {
        RosterTestPlatform platform = platform(tool, roster(12), 5)
                .differences(List.of(member("l3", "Deleted", LEARNER), member("newcomer", "Active", LEARNER)));
        RosterSyncs.Session teacher = teach(tool, platform, "differences");
        Map<?, ?> full = job(awaitFinished(tool, teacher));
        assertThat(full.get("mode")).isEqualTo("full");

        Map<?, ?> differences = syncAgain(tool, teacher, full.get("id"));
        assertThat(differences.get("mode")).isEqualTo("differences");
        assertThat(differences.get("pagesFetched")).isEqualTo(1L);
        assertThat(differences.get("membersDeactivated")).isEqualTo(1L);
        assertThat(differences.get("membersAdded")).isEqualTo(1L);
        assertThat(status(tool, teacher, "l3")).isEqualTo("inactive");
        assertThat(status(tool, teacher, "l4")).as("a differences read takes no one else's access").isEqualTo("active");

        platform.differencesStatus(410);
        Map<?, ?> fallback = syncAgain(tool, teacher, differences.get("id"));
        assertThat(fallback.get("state")).isEqualTo("succeeded");
        assertThat(fallback.get("mode")).isEqualTo("full");
        assertThat(fallback.get("warnings")).isEqualTo(1L);
        assertThat((String) fallback.get("lastWarning")).contains("HTTP 410");
        // The whole roster lists l3 again (the platform's full listing never dropped it) and not the newcomer.
        assertThat(status(tool, teacher, "l3")).isEqualTo("active");
        assertThat(status(tool, teacher, "newcomer")).isEqualTo("inactive");
    }
}
