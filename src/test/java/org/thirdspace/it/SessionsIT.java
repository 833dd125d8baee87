package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * Sessions can end before they expire: signing out kills the token at once (header and cookie),
 * a renewed token replaces the old one, an admin ends every session of a person or of the
 * organisation (audited), and disabling a registration ends its sessions with no renewal. The
 * revocation is in the database, so it holds on every node within the documented bound.
 */
@ExtendWith(ToolServer.class)
class SessionsIT {

    static void assertSignedOut(ToolClient tool, String token, String what) {
        ToolClient.Reply reply = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(what + ": " + reply).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    static void assertSignedIn(ToolClient tool, String token, String what) {
        assertThat(tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token).status()).as(what).isEqualTo(200);
    }

    static ToolClient.Reply renew(ToolClient tool, String token) {
        return tool.json("POST", "/api/session/renew", null, "Authorization", "Bearer " + token);
    }

    @Test
    void signingOutEndsTheTokenAtOnceInHeaderAndCookie(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply landing = platform.launch(browser, "leaver-" + UUID.randomUUID(), List.of(LEARNER), c -> { });
        String token = landing.sessionToken();
        assertSignedIn(tool, token, "after the launch");
        assertThat(browser.get("/api/me").status()).as("the cookie signs in too").isEqualTo(200);

        ToolClient.Reply out = tool.json("POST", "/api/session/sign-out", null, "Authorization", "Bearer " + token);
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ts_session=;").contains("Max-Age=0"));
        assertSignedOut(tool, token, "after signing out");
        assertThat(browser.get("/api/me").status()).as("the cookie a browser still holds").isEqualTo(401);
        assertThat(renew(tool, token).status()).as("no renewal after signing out").isEqualTo(401);
        assertThat(tool.json("POST", "/api/session/sign-out", null).status()).as("signing out needs a session").isEqualTo(401);
    }

    @Test
    void aRenewedTokenReplacesTheOldOne(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String old = platform.launch(tool.browser(), "renewer-" + UUID.randomUUID(), List.of(LEARNER), c -> { }).sessionToken();
        ToolClient.Reply renewed = renew(tool, old);
        assertThat(renewed.status()).isEqualTo(200);
        String fresh = (String) renewed.json().get("token");
        assertThat(fresh).isNotEqualTo(old);
        assertSignedIn(tool, fresh, "the renewed token");
        assertSignedOut(tool, old, "the token it replaced");
        assertThat(renew(tool, old).status()).as("the old token renews nothing").isEqualTo(401);
        String again = (String) renew(tool, fresh).json().get("token");
        assertSignedIn(tool, again, "renewed twice");
        assertSignedOut(tool, fresh, "the token of the first renewal");
    }

    @Test
    void anAdminEndsEverySessionOfAPersonOrOfTheOrganisationAndItIsAudited(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String course = "sessions-" + UUID.randomUUID();
        String subject = "twice-" + UUID.randomUUID();
        Member first = Member.launch(tool, platform, subject, List.of(LEARNER), course);
        Member second = Member.launch(tool, platform, subject, List.of(LEARNER), course);
        Member colleague = Member.launch(tool, platform, "colleague-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member admin = Member.launch(tool, platform, "admin-" + UUID.randomUUID(), List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        Member otherAdmin = Member.launch(tool, other, "admin-" + UUID.randomUUID(), List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        Member outsider = Member.launch(tool, other, "outsider-" + UUID.randomUUID(), List.of(LEARNER), course);
        String person = "/api/admin/organisations/" + platform.registrationId() + "/people/" + first.personId() + "/sessions";

        assertThat(colleague.send("DELETE", person, null).status()).as("a learner ends nobody's sessions").isEqualTo(403);
        assertThat(otherAdmin.send("DELETE", person, null).status()).as("another organisation's admin sees nothing").isEqualTo(404);
        assertThat(admin.send("DELETE", "/api/admin/organisations/" + platform.registrationId() + "/people/" + UUID.randomUUID()
                + "/sessions", null).status()).isEqualTo(404);
        assertSignedIn(tool, first.token(), "nothing was ended by the refused calls");

        assertThat(admin.send("DELETE", person, null).status()).isEqualTo(204);
        assertSignedOut(tool, first.token(), "the person's first session");
        assertSignedOut(tool, second.token(), "the person's second session");
        assertSignedIn(tool, colleague.token(), "another person");
        Member back = Member.launch(tool, platform, subject, List.of(LEARNER), course);
        assertSignedIn(tool, back.token(), "a new launch after the revocation");

        ToolClient.Reply organisation = admin.send("DELETE", "/api/admin/organisations/" + platform.registrationId() + "/sessions", null);
        assertThat(organisation.status()).isEqualTo(204);
        for (Member ended : List.of(back, colleague, admin)) {
            assertSignedOut(tool, ended.token(), "every session of the organisation");
        }
        assertSignedIn(tool, outsider.token(), "another organisation's sessions");
        assertThat(otherAdmin.send("DELETE", "/api/admin/organisations/" + platform.registrationId() + "/sessions", null).status())
                .isEqualTo(404);
        assertSignedIn(tool, outsider.token(), "still");

        List<Object> audit = tool.admin("GET", "/api/admin/audit?organisation=" + platform.registrationId(), null).jsonArray();
        assertThat(audit).extracting(a -> (Object) ((Map<?, ?>) a).get("action")).contains((Object) "sessions.end-person", "sessions.end-organisation");
        assertThat(audit).anySatisfy(a -> assertThat(((Map<?, ?>) a).get("target")).isEqualTo(first.personId()));
    }

    @Test
    void disablingARegistrationEndsItsSessionsWithNoRenewal(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "disabled-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + UUID.randomUUID(), List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Soon disabled");
        Member learner = Member.launch(tool, platform, "l-" + UUID.randomUUID(), List.of(LEARNER), course);
        String thread = learner.startThread(space, "Before", "Written before the registration was disabled");

        ToolClient.Reply disabled = tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/status",
                "{\"status\": \"disabled\"}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertSignedOut(tool, learner.token(), "a learner of the disabled registration");
        assertSignedOut(tool, facilitator.token(), "a facilitator of the disabled registration");
        assertThat(renew(tool, learner.token()).status()).isEqualTo(401);
        assertThat(learner.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"after\"}").status()).isEqualTo(401);
        List<Object> audit = tool.admin("GET", "/api/admin/audit?organisation=" + platform.registrationId(), null).jsonArray();
        assertThat(audit).extracting(a -> (Object) ((Map<?, ?>) a).get("action")).contains((Object) "registration.disabled", "sessions.end-organisation");

        assertThat(tool.admin("POST", "/api/admin/registrations/" + platform.registrationId() + "/status", "{\"status\": \"active\"}")
                .status()).isEqualTo(200);
        assertSignedOut(tool, learner.token(), "re-enabling brings no old session back");
        Member again = Member.launch(tool, platform, "l2-" + UUID.randomUUID(), List.of(LEARNER), course);
        assertSignedIn(tool, again.token(), "a new launch after re-enabling");
    }

    @Test
    void aRevocationHoldsOnEveryNodeWithinFiveSeconds(ToolClient tool) throws Exception {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:"),
                "a second node needs the shared PostgreSQL database");
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "starts its own second node");
        TestPlatform platform = TestPlatform.register(tool);
        try (PayaraMicroServer nodeB = PayaraMicroServer.start("sessions-node-b", Files.createTempDirectory("thirdspace-node-b-"), Map.of())) {
            nodeB.awaitReady(PayaraMicroServer.START_TIMEOUT);
            ToolClient onB = new ToolClient(nodeB);
            String token = platform.launch(tool.browser(), "cluster-" + UUID.randomUUID(), List.of(LEARNER), c -> { }).sessionToken();
            assertSignedIn(onB, token, "node B accepts node A's session");
            String renewedOnB = (String) renew(onB, token).json().get("token");

            Instant ended = Instant.now();
            assertThat(tool.json("POST", "/api/session/sign-out", null, "Authorization", "Bearer " + renewedOnB).status()).isEqualTo(204);
            assertSignedOut(tool, renewedOnB, "on the node that signed out, at once");
            while (onB.json("GET", "/api/me", null, "Authorization", "Bearer " + renewedOnB).status() == 200) {
                assertThat(Duration.between(ended, Instant.now())).as("node B still accepts the token").isLessThan(Duration.ofSeconds(6));
                Thread.sleep(100);
            }
            System.out.println("Node B refused the signed-out token " + Duration.between(ended, Instant.now()).toMillis()
                    + " ms after node A signed it out (bound: " + "5 s)");
            assertSignedOut(onB, token, "the token node B replaced by renewing, on node A's side too");
            assertSignedOut(tool, token, "the token node B replaced by renewing");
        }
    }
}
