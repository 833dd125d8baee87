package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * Bad input is refused in a way people and programs can act on: a NUL character anywhere (URL or
 * body, on H2 and PostgreSQL alike), lists and pages beyond their bounds, wrong methods, media
 * types, identifiers, empty bodies and unknown addresses — always as {@code application/problem+json}
 * for the API and as the tool's own page for page addresses, never the server's error page — and a
 * refused request writes nothing.
 */
@ExtendWith(ToolServer.class)
class RequestRefusalsIT {

    static ToolClient tool;
    static TestPlatform platform;
    static Member facilitator;
    static Member learner;
    static Member admin;
    static String space;
    static String thread;
    static String post;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
        String course = "refusals-" + UUID.randomUUID();
        facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        learner = Member.launch(tool, platform, "l-" + course, List.of(LEARNER), course);
        admin = Member.launch(tool, platform, "a-" + course, List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        space = facilitator.createSpace("Refusals");
        thread = learner.startThread(space, "Clean title", "Clean body");
        post = (String) ((Map<?, ?>) ((List<?>) learner.ok("/api/threads/" + thread).get("posts")).get(0)).get("id");
    }

    record Call(Member who, String method, String path, String json) {
        ToolClient.Reply send() {
            return who == null ? tool.admin(method, path, json) : who.send(method, path, json);
        }

        @Override
        public String toString() {
            return method + " " + path + (json == null ? "" : " " + json);
        }
    }

    static void assertProblem(ToolClient.Reply reply, int status, String type, Object what) {
        assertThat(reply.status()).as(what + " → " + reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(what + " content type").startsWith("application/problem+json");
        assertThat((String) reply.json().get("type")).as(what + " problem type").endsWith("/" + type);
        assertThat(((Number) reply.json().get("status")).intValue()).isEqualTo(status);
        assertNoServerPage(reply, what);
    }

    static void assertNoServerPage(ToolClient.Reply reply, Object what) {
        assertThat(reply.body()).as(what + " names no server").doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                .doesNotContainIgnoringCase("jersey").doesNotContainIgnoringCase("grizzly");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> feed() {
        return (List<Map<String, Object>>) facilitator.ok("/api/spaces/" + space + "/feed").get("latest");
    }

    @Test
    void aNulCharacterIsRefusedInEveryPartOfARequestAndNothingIsWritten() {
        String nul = "\\u0000";
        List<Call> calls = List.of(
                new Call(learner, "GET", "/api/spaces/" + space + "/members?q=a%00b", null),
                new Call(learner, "GET", "/api/search?q=hello%00world", null),
                new Call(learner, "GET", "/api/tags?prefix=a%00", null),
                new Call(learner, "GET", "/api/spaces/" + space + "/feed?cursor=%00", null),
                new Call(learner, "GET", "/api/i18n?locale=en%00", null),
                new Call(learner, "GET", "/api/notifications?mentions=%00", null),
                new Call(learner, "POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t" + nul + "\", \"body\": \"b\"}"),
                new Call(learner, "POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b" + nul + "\"}"),
                new Call(learner, "POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\", \"tags\": [\"x" + nul + "\"]}"),
                new Call(learner, "POST", "/api/threads/" + thread + "/replies", "{\"body\": \"a" + nul + "b\"}"),
                new Call(learner, "PUT", "/api/posts/" + post, "{\"body\": \"edited" + nul + "\"}"),
                new Call(facilitator, "POST", "/api/posts/" + post + "/reports", "{\"reason\": \"OTHER\", \"text\": \"x" + nul + "\"}"),
                new Call(learner, "PUT", "/api/me/card", "{\"headline\": \"h" + nul + "\"}"),
                new Call(learner, "POST", "/api/preview", "{\"spaceId\": \"" + space + "\", \"body\": \"x" + nul + "\"}"),
                new Call(facilitator, "POST", "/api/spaces", "{\"title\": \"x" + nul + "\", \"purpose\": \"p\"}"),
                new Call(facilitator, "PATCH", "/api/spaces/" + space, "{\"purpose\": \"x" + nul + "\"}"),
                new Call(facilitator, "PUT", "/api/spaces/" + space + "/conduct", "{\"body\": \"Be kind" + nul + "\"}"),
                new Call(admin, "POST", "/api/organisation/watch-terms", "{\"term\": \"x" + nul + "\"}"),
                new Call(null, "GET", "/api/admin/audit?limit=1%00", null),
                new Call(null, "POST", "/api/admin/registrations", "{\"issuer\": \"https://x" + nul + ".test\", \"clientId\": \"c\"}"));
        for (Call call : calls) {
            assertProblem(call.send(), 400, "nul-character", call);
        }
        // In a path, the server refuses it before the tool sees it, with an empty 400.
        for (String path : List.of("/api/tags/a%00b", "/api/tags/a%00b/follow")) {
            ToolClient.Reply reply = learner.send("GET", path, null);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertNoServerPage(reply, path);
        }
        // A form, as platforms send them: the login initiation, a page the person sees.
        ToolClient.Reply login = tool.postForm("/lti/login", Map.of("iss", platform.issuer() + "\0", "login_hint", "x",
                "target_link_uri", platform.targetLinkUri(), "client_id", platform.clientId()));
        assertThat(login.status()).as(login.toString()).isEqualTo(400);
        assertThat(login.header("Content-Type")).startsWith("text/html");
        assertThat(login.body()).contains("ts-error");
        assertNoServerPage(login, "login form");
        // A raw NUL byte in a JSON body is no JSON either way.
        ToolClient.Reply raw = learner.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"a\0b\"}");
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.header("Content-Type")).startsWith("application/problem+json");

        // Nothing was written.
        assertThat(feed()).extracting(t -> t.get("id")).containsExactly(thread);
        Map<String, Object> view = learner.ok("/api/threads/" + thread);
        assertThat((List<?>) view.get("posts")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) view.get("posts")).get(0)).get("markdown")).isEqualTo("Clean body");
        assertThat(facilitator.get("/api/spaces/" + space + "/moderation/cases").jsonArray()).isEmpty();

        // An escaped backslash followed by "u0000" is just text.
        String literal = learner.reply(thread, "Type \\\\u0000 to mean nothing");
        assertThat(literal).isNotNull();
    }

    @Test
    void listsInBodiesAndPagingLimitsHaveBounds() {
        String ids = IntStream.range(0, 501).mapToObj(i -> "\"" + UUID.randomUUID() + "\"").collect(Collectors.joining(","));
        assertProblem(learner.send("POST", "/api/notifications/read", "{\"ids\": [" + ids + "]}"), 400, "list-too-long", "501 ids");
        String fiveHundred = IntStream.range(0, 500).mapToObj(i -> "\"" + UUID.randomUUID() + "\"").collect(Collectors.joining(","));
        assertThat(learner.send("POST", "/api/notifications/read", "{\"ids\": [" + fiveHundred + "]}").status()).isEqualTo(204);
        assertProblem(facilitator.send("POST", "/api/spaces/" + space + "/peer-groups", "{\"name\": \"Too many\", \"members\": [" + ids + "]}"),
                400, "list-too-long", "501 group members");
        String origins = IntStream.range(0, 501).mapToObj(i -> "\"https://lms" + i + ".test\"").collect(Collectors.joining(","));
        assertProblem(tool.admin("PUT", "/api/admin/registrations/" + platform.registrationId(), "{\"name\": \"x\", \"frameOrigins\": [" + origins + "]}"),
                400, "list-too-long", "501 frame origins");
        String tags = IntStream.range(0, 501).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
        assertProblem(learner.send("POST", "/api/spaces/" + space + "/threads", "{\"title\": \"t\", \"body\": \"b\", \"tags\": [" + tags + "]}"),
                400, "list-too-long", "501 tags");
        assertThat(feed()).hasSize(1);

        for (String path : List.of("/api/admin/audit?limit=99999999999", "/api/admin/roster-syncs?limit=99999999999",
                "/api/admin/registrations/" + platform.registrationId() + "/people?limit=99999999999",
                "/api/admin/audit?limit=many")) {
            assertProblem(tool.admin("GET", path, null), 400, "invalid-parameter", path);
        }
        ToolClient.Reply clamped = tool.admin("GET", "/api/admin/audit?limit=5000", null);
        assertThat(clamped.status()).isEqualTo(200);
        assertThat(clamped.jsonArray()).hasSizeLessThanOrEqualTo(1000);

        String big = "x".repeat(1024 * 1024 + 10);
        assertProblem(learner.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": \"" + big + "\"}"), 413, "body-too-large",
                "a body over 1 MiB");
    }

    @Test
    void everyRefusalOfTheApiIsAProblem() {
        ToolClient.Reply wrongMethod = learner.send("DELETE", "/api/me", null);
        assertProblem(wrongMethod, 405, "method-not-allowed", "DELETE /api/me");
        assertThat(wrongMethod.header("Allow")).contains("GET");

        ToolClient.Reply wrongType = ToolClient.send(HttpRequest.newBuilder(URI.create(tool.url("/api/spaces")))
                .header("Authorization", "Bearer " + facilitator.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("title")));
        assertProblem(wrongType, 415, "unsupported-media-type", "text/plain body");

        assertProblem(learner.get("/api/threads/not-a-uuid"), 400, "invalid-parameter", "malformed UUID in the path");
        assertProblem(learner.get("/api/people/" + learner.personId() + "?space=nope"), 400, "invalid-parameter", "malformed UUID in the query");
        assertProblem(learner.get("/api/nothing-here"), 404, "not-found", "unknown API path");
        assertProblem(tool.get("/api/spaces/" + UUID.randomUUID() + "/nothing"), 404, "not-found", "unknown API path without a session");

        List<ToolClient.Reply> empty = new ArrayList<>();
        empty.add(ToolClient.send(HttpRequest.newBuilder(URI.create(tool.url("/api/spaces/" + space + "/threads")))
                .header("Authorization", "Bearer " + learner.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())));
        empty.add(ToolClient.send(HttpRequest.newBuilder(URI.create(tool.url("/api/threads/" + thread + "/replies")))
                .header("Authorization", "Bearer " + learner.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(""))));
        for (ToolClient.Reply reply : empty) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertNoServerPage(reply, "empty body");
        }
        assertProblem(learner.send("POST", "/api/threads/" + thread + "/replies", "{\"body\": "), 400, "malformed-json", "truncated JSON");
        assertThat((List<?>) learner.ok("/api/threads/" + thread).get("posts")).hasSize(1);
    }

    @Test
    void aYesNoFieldTakesOnlyTrueOrFalseAndNothingChanges() {
        String archivable = facilitator.createSpace("Yes or no");
        facilitator.ok("PATCH", "/api/spaces/" + archivable, "{\"title\": \"Yes or no\", \"archived\": true}");
        for (String value : List.of("\"perhaps\"", "\"false\"", "0", "[]")) {
            String body = "{\"title\": \"Yes or no\", \"archived\": " + value + "}";
            assertProblem(facilitator.send("PATCH", "/api/spaces/" + archivable, body), 400, "malformed-json", "archived: " + value);
            assertThat(facilitator.ok("/api/spaces/" + archivable)).as("still archived after " + value).containsEntry("archived", true);
        }
        facilitator.ok("PATCH", "/api/spaces/" + archivable, "{\"title\": \"Yes or no\", \"archived\": false}");
        assertThat(facilitator.ok("/api/spaces/" + archivable)).containsEntry("archived", false);
    }

    @Test
    void pageAddressesAnswerWithTheToolsOwnPage() {
        for (String path : List.of("/nothing-here", "/app/nothing", "/static/nothing.js", "/emulator/nothing")) {
            ToolClient.Reply reply = tool.get(path, "Accept", "text/html");
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(reply.body()).as(path).contains("ts-error").contains("<h1>");
            assertNoServerPage(reply, path);
        }
        ToolClient.Reply wrongMethod = ToolClient.send(HttpRequest.newBuilder(URI.create(tool.url("/app")))
                .header("Accept", "text/html").DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("text/html");
        assertNoServerPage(wrongMethod, "DELETE /app");
        ToolClient.Reply launchByGet = tool.get("/lti/launch", "Accept", "text/html");
        assertThat(launchByGet.status()).isEqualTo(405);
        assertThat(launchByGet.header("Content-Type")).startsWith("text/html");
        assertNoServerPage(launchByGet, "GET /lti/launch");
        ToolClient.Reply wrongType = ToolClient.send(HttpRequest.newBuilder(URI.create(tool.url("/lti/launch")))
                .header("Accept", "text/html").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).startsWith("text/html");
        assertNoServerPage(wrongType, "JSON to /lti/launch");
        ToolClient.Reply badUuid = tool.get("/emulator/courses/x/as/y?storage=maybe", "Accept", "text/html");
        assertNoServerPage(badUuid, "bad query on a page");
    }
}
