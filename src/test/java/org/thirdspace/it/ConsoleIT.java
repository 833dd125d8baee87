package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * The administrators' console over HTTP: every console action for the operator, an organisation
 * administrator, a facilitator, a learner and another organisation's administrator; bad input
 * refused as problem+json with its field, and nothing written by a refusal.
 */
@ExtendWith(ToolServer.class)
class ConsoleIT {

    /** Someone calling the API: the operator with the bootstrap credential, or a launched person with their session. */
    interface Caller {
        ToolClient.Reply call(String method, String path, String body);
    }

    record People(Caller operator, Caller admin, Caller facilitator, Caller learner, Caller otherAdmin) {
    }

    static Caller of(Member member) {
        return member::send;
    }

    static void expect(String what, ToolClient.Reply reply, int status) {
        assertThat(reply.status()).as(what + ": " + reply).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
        }
    }

    /** The statuses for operator, admin, facilitator, learner, other organisation's admin, in that order. */
    static void matrix(People people, String what, String method, String path, String body, int... statuses) {
        List<Caller> callers = List.of(people.operator(), people.admin(), people.facilitator(), people.learner(), people.otherAdmin());
        List<String> names = List.of("operator", "organisation admin", "facilitator", "learner", "other organisation's admin");
        for (int i = 0; i < callers.size(); i++) {
            if (statuses[i] > 0) {
                expect(what + " as " + names.get(i), callers.get(i).call(method, path, body), statuses[i]);
            }
        }
    }

    static List<Object> field(List<Object> rows, String name) {
        return rows.stream().map(r -> (Object) ((Map<?, ?>) r).get(name)).toList();
    }

    static List<String> ids(List<Object> rows) {
        return rows.stream().map(r -> (String) ((Map<?, ?>) r).get("id")).toList();
    }

    static boolean archived(ToolClient tool, String organisation, String space) {
        return tool.admin("GET", "/api/admin/organisations/" + organisation + "/spaces", null).jsonArray().stream()
                .map(r -> (Map<?, ?>) r).filter(r -> space.equals(r.get("id"))).map(r -> (Boolean) r.get("archived"))
                .findFirst().orElseThrow();
    }

    static long auditCount(ToolClient tool, String organisation, String action) {
        return tool.admin("GET", "/api/admin/audit?organisation=" + organisation, null).jsonArray().stream()
                .filter(a -> action.equals(((Map<?, ?>) a).get("action"))).count();
    }

    @Test
    void everyConsoleActionIsAuthorisedByRoleAndOrganisation(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String org = platform.registrationId();
        String course = "console-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + UUID.randomUUID(), List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Console circle");
        Member learner = Member.launch(tool, platform, "l-" + UUID.randomUUID(), List.of(LEARNER), course);
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        Member otherAdmin = Member.launch(tool, other, "b-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        People people = new People(tool::admin, of(admin), of(facilitator), of(learner), of(otherAdmin));

        // Who is using the console: each administrator sees their own organisation only.
        matrix(people, "who is using the console", "GET", "/api/admin/console", null, 200, 200, 403, 403, 200);
        Map<String, Object> mine = admin.get("/api/admin/console").json();
        assertThat(mine.get("operator")).isEqualTo(false);
        assertThat(mine.get("mayRegister")).isEqualTo(false);
        assertThat(ids(castList(mine.get("organisations")))).containsExactly(org);
        assertThat(ids(castList(otherAdmin.get("/api/admin/console").json().get("organisations")))).containsExactly(other.registrationId());
        assertThat(ids(castList(tool.admin("GET", "/api/admin/console", null).json().get("organisations")))).contains(org, other.registrationId());

        // Platforms.
        matrix(people, "list registrations", "GET", "/api/admin/registrations", null, 200, 200, 403, 403, 200);
        assertThat(ids(admin.get("/api/admin/registrations").jsonArray())).containsExactly(org);
        assertThat(ids(otherAdmin.get("/api/admin/registrations").jsonArray())).doesNotContain(org);
        matrix(people, "key set status", "GET", "/api/admin/registrations/" + org + "/key-set", null, 200, 200, 403, 403, 404);
        Map<String, Object> keySet = admin.get("/api/admin/registrations/" + org + "/key-set").json();
        assertThat(keySet.get("known")).as("the launches fetched the platform's key set").isEqualTo(true);
        assertThat(castList(keySet.get("kids"))).contains(platform.key().getKeyID());

        String decide = "/api/admin/registrations/" + org + "/deployments";
        String pending = "{\"deploymentId\": \"console-d2\", \"status\": \"active\"}";
        matrix(people, "decide a deployment", "POST", decide, pending, 0, 0, 403, 403, 404);
        assertThat(tool.admin("GET", "/api/admin/registrations/" + org, null).body()).as("nothing written by a refusal")
                .doesNotContain("console-d2");
        expect("an organisation admin approves a deployment", admin.send("POST", decide, pending), 200);
        expect("the operator refuses it", tool.admin("POST", decide, "{\"deploymentId\": \"console-d2\", \"status\": \"disabled\"}"), 200);

        String issuer = "https://console-" + UUID.randomUUID() + ".test";
        String document = AdminApiIT.registration(issuer, "https://lms.console.test/jwks", "");
        matrix(people, "register a platform", "POST", "/api/admin/registrations", document, 0, 403, 403, 403, 403);
        assertThat(tool.admin("GET", "/api/admin/registrations", null).body()).as("nothing registered by a refusal").doesNotContain(issuer);
        matrix(people, "change a registration's status", "POST", "/api/admin/registrations/" + org + "/status",
                "{\"status\": \"disabled\"}", 0, 403, 403, 403, 403);
        SessionsIT.assertSignedIn(tool, learner.token(), "no registration was disabled by the refused calls");

        // Spaces across the organisation.
        String spaces = "/api/admin/organisations/" + org + "/spaces";
        matrix(people, "list the organisation's spaces", "GET", spaces, null, 200, 200, 403, 403, 404);
        assertThat(ids(admin.get(spaces).jsonArray())).contains(space);
        Map<?, ?> listed = admin.get(spaces).jsonArray().stream().map(r -> (Map<?, ?>) r).filter(r -> space.equals(r.get("id")))
                .findFirst().orElseThrow();
        assertThat(field(castList(listed.get("facilitators")), "id")).contains(facilitator.personId());
        assertThat(castList(listed.get("courses"))).hasSize(1);

        String archive = spaces + "/" + space + "/archived";
        matrix(people, "archive a space", "PUT", archive, "{\"archived\": true}", 0, 0, 403, 403, 404);
        expect("another organisation's admin naming their own organisation",
                otherAdmin.send("PUT", "/api/admin/organisations/" + other.registrationId() + "/spaces/" + space + "/archived",
                        "{\"archived\": true}"), 404);
        assertThat(archived(tool, org, space)).as("nothing archived by a refusal").isFalse();
        assertThat(auditCount(tool, org, "space.archive")).isZero();
        expect("an organisation admin archives", admin.send("PUT", archive, "{\"archived\": true}"), 200);
        assertThat(archived(tool, org, space)).isTrue();
        expect("the operator restores", tool.admin("PUT", archive, "{\"archived\": false}"), 200);
        assertThat(archived(tool, org, space)).isFalse();
        assertThat(auditCount(tool, org, "space.archive")).isEqualTo(1);
        assertThat(auditCount(tool, org, "space.restore")).isEqualTo(1);

        // Roster syncs of the organisation's courses.
        String courseId = (String) castMap(facilitator.get("/api/me").json().get("course")).get("id");
        matrix(people, "roster sync history", "GET", "/api/admin/roster-syncs?course=" + courseId, null, 200, 200, 403, 403, 0);
        assertThat(otherAdmin.get("/api/admin/roster-syncs?course=" + courseId).jsonArray()).as("another organisation's course").isEmpty();
        matrix(people, "sync now", "POST", "/api/admin/rosters/" + courseId + "/sync", null, 0, 0, 403, 403, 404);

        // The audit log.
        String log = "/api/admin/audit/log?organisation=" + org;
        matrix(people, "read the audit log", "GET", log, null, 200, 200, 403, 403, 404);
        List<Object> entries = admin.get("/api/admin/audit/log?what=admin").jsonArray();
        assertThat(field(entries, "action")).contains("space.archive", "space.restore").doesNotContain("deployment.active");
        assertThat(entries).allSatisfy(e -> assertThat(((Map<?, ?>) e).get("organisationId")).isEqualTo(org));
        assertThat(field(admin.get("/api/admin/audit/log?what=registration").jsonArray(), "action"))
                .contains("deployment.active", "deployment.disabled");
        assertThat(otherAdmin.get("/api/admin/audit/log").body()).doesNotContain(space);
    }

    @Test
    void whoLaunchedFromAPendingDeploymentSeesTheAdministratorsDecisionOnTheirNextLaunch(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String org = platform.registrationId();
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), "decide-" + UUID.randomUUID());
        String deployment = "second-campus-" + UUID.randomUUID();
        String subject = "l-" + UUID.randomUUID();

        ToolClient.Reply first = platform.launchIn(deployment, tool.browser(), subject, List.of(LEARNER), c -> { });
        assertThat(first.status()).as("a deployment the tool has not seen is recorded and refused").isEqualTo(403);
        assertThat(first.body()).contains("not approved for this LMS installation yet", deployment);
        Map<?, ?> pending = admin.get("/api/admin/registrations/" + org).json().get("deployments") instanceof List<?> list
                ? list.stream().map(d -> (Map<?, ?>) d).filter(d -> deployment.equals(d.get("deploymentId"))).findFirst().orElseThrow()
                : Map.of();
        assertThat(pending.get("status")).as("waiting in the console").isEqualTo("pending");

        String decide = "/api/admin/registrations/" + org + "/deployments";
        expect("refused", admin.send("POST", decide, "{\"deploymentId\": \"" + deployment + "\", \"status\": \"disabled\"}"), 200);
        ToolClient.Reply refused = platform.launchIn(deployment, tool.browser(), subject, List.of(LEARNER), c -> { });
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("switched off for this LMS installation");

        expect("approved", admin.send("POST", decide, "{\"deploymentId\": \"" + deployment + "\", \"status\": \"active\"}"), 200);
        ToolClient.Reply approved = platform.launchIn(deployment, tool.browser(), subject, List.of(LEARNER), c -> { });
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.sessionToken()).isNotBlank();
    }

    @Test
    void badInputIsRefusedWithItsFieldAndWritesNothing(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String org = platform.registrationId();
        String course = "console-bad-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + UUID.randomUUID(), List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Bad input circle");
        Member admin = Member.launch(tool, platform, "a-" + UUID.randomUUID(), List.of(ORGANISATION_ADMIN), course);
        String archive = "/api/admin/organisations/" + org + "/spaces/" + space + "/archived";

        refused(admin.send("PUT", archive, "{}"), 400, "archived");
        refused(admin.send("PUT", archive, null), 400, "archived");
        refused(admin.send("PUT", archive, "{\"archived\": \"perhaps\"}"), 400, "archived");
        refused(admin.send("PUT", archive, "{\"archived\": \"true\"}"), 400, "archived");
        refused(admin.send("PUT", archive, "[true]"), 400, "archived");
        refused(admin.send("PUT", archive, "{not json"), 400, "archived");
        refused(admin.send("PUT", "/api/admin/organisations/" + org + "/spaces/" + UUID.randomUUID() + "/archived",
                "{\"archived\": true}"), 404, null);
        refused(admin.send("PUT", "/api/admin/organisations/" + org + "/spaces/not-a-uuid/archived", "{\"archived\": true}"), 400, null);
        assertThat(archived(tool, org, space)).isFalse();
        assertThat(auditCount(tool, org, "space.archive")).isZero();

        refused(admin.get("/api/admin/audit/log?what=everything"), 400, "what");
        refused(admin.get("/api/admin/audit/log?from=yesterday"), 400, "from");
        refused(admin.get("/api/admin/audit/log?from=2026-03-02&to=2026-03-01"), 400, "from");
        refused(admin.get("/api/admin/audit/log?limit=0"), 400, "limit");
        refused(admin.get("/api/admin/audit/log?who=" + "x".repeat(201)), 400, "who");

        String decide = "/api/admin/registrations/" + org + "/deployments";
        refused(admin.send("POST", decide, "{\"deploymentId\": \"\", \"status\": \"active\"}"), 400, "deploymentId");
        refused(admin.send("POST", decide, "{\"deploymentId\": \"bad-1\", \"status\": \"maybe\"}"), 400, "deployments.status");
        refused(admin.send("POST", decide, "{\"deploymentId\": \"bad-2\"}"), 400, "status");
        assertThat(tool.admin("GET", "/api/admin/registrations/" + org, null).body()).doesNotContain("bad-1", "bad-2");

        String issuer = "https://console-bad-" + UUID.randomUUID() + ".test";
        refused(tool.admin("POST", "/api/admin/registrations", AdminApiIT.registration(issuer, "https://10.0.0.7/jwks", "")), 400, "jwksUri");
        refused(tool.admin("POST", "/api/admin/registrations", AdminApiIT.registration(issuer, "https://lms.test/jwks",
                ", \"deployments\": [{\"id\": \"\"}]")), 400, "deployments.id");
        assertThat(tool.admin("GET", "/api/admin/registrations", null).body()).as("a refused registration is not half-written")
                .doesNotContain(issuer);
    }

    @Test
    void theConsolePageCarriesNoCredential(ToolClient tool) {
        ToolClient.Reply page = tool.json("GET", "/console", null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).as("no session and no bootstrap: the operator types the credential into the page")
                .contains("<meta name=\"ts-session\" content=\"\">", "id=\"ts-bootstrap\"></script>");
        assertThat(tool.json("GET", "/api/admin/console", null, "Authorization", "Bearer wrong").status()).isEqualTo(401);
    }

    static void refused(ToolClient.Reply reply, int status, String field) {
        expect("refused", reply, status);
        if (field != null) {
            assertThat(reply.json().get("field")).as(reply.toString()).isEqualTo(field);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
