package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.quote;

/**
 * Artifacts over HTTP: a thread becomes a checklist, its quoted contributors' consent gates how
 * far it goes (a withdrawal narrows it back), every bad input is a problem document with nothing
 * written, and nobody outside the audience — another space, another organisation — learns of it.
 */
@ExtendWith(ToolServer.class)
class ArtifactsIT {

    record Scene(TestPlatform platform, String course, Member fay, Member ana, Member bo, Member outsider, String space, String thread,
                 String boReply) {
    }

    static Scene scene(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "artifacts-" + UUID.randomUUID();
        Member fay = Member.launch(tool, platform, "fay-" + course, List.of(INSTRUCTOR), course);
        String space = fay.createSpace("Artifacts");
        Member ana = Member.launch(tool, platform, "ana-" + course, List.of(LEARNER), course);
        Member bo = Member.launch(tool, platform, "bo-" + course, List.of(LEARNER), course);
        Member outsider = Member.launch(tool, platform, "out-" + course, List.of(LEARNER), "elsewhere-" + course);
        String thread = ana.startThread(space, "First week", "How do you welcome new colleagues?");
        String boReply = bo.reply(thread, "Send the badge form before day one.");
        return new Scene(platform, course, fay, ana, bo, outsider, space, thread, boReply);
    }

    static String make(Member who, String thread, String type, String title) {
        return (String) who.ok("POST", "/api/artifacts", "{\"threadId\": \"" + thread + "\", \"type\": \"" + type + "\", \"title\": "
                + quote(title) + ", \"tags\": [\"onboarding\"]}").get("id");
    }

    static void problem(ToolClient.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (detail != null) {
            assertThat((String) reply.json().get("detail")).contains(detail);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Member who, String path) {
        return (List<Map<String, Object>>) (List<?>) who.get(path).jsonArray();
    }

    /** The exported file's bytes (the JSON helpers read text). */
    static byte[] download(ToolClient tool, Member who, String artifact, String format) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(tool.url("/api/artifacts/" + artifact + "/export?format=" + format)))
                    .header("Authorization", "Bearer " + who.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
            return response.body();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThreadBecomesAChecklistThatGoesWiderOnlyWithItsContributorsConsent(ToolClient tool) {
        Scene s = scene(tool);
        String artifact = make(s.fay(), s.thread(), "CHECKLIST", "Welcoming a new colleague");

        Map<String, Object> view = s.fay().ok("/api/artifacts/" + artifact);
        assertThat(view).containsEntry("type", "CHECKLIST").containsEntry("verification", "DRAFT").containsEntry("audience", "SPACE")
                .containsEntry("pastReview", false);
        assertThat((List<String>) view.get("sections")).containsExactly("Before you start", "Checklist", "Done when");
        assertThat((String) view.get("html")).contains("<h2>Checklist</h2>", "Send the badge form before day one");
        assertThat((List<Map<String, Object>>) view.get("provenance")).extracting(p -> p.get("threadTitle")).containsOnly("First week");
        assertThat((Map<String, Object>) view.get("steward")).containsEntry("id", s.fay().personId());

        // Going wider needs Ana's and Bo's consent; the refusal names both, and nothing moves.
        problem(s.fay().send("POST", "/api/artifacts/" + artifact + "/audience", "{\"audience\": \"ORGANISATION\"}"), 409,
                "Person ana-" + s.course());
        assertThat(s.outsider().get("/api/artifacts/" + artifact).status()).isEqualTo(404);
        assertThat((List<String>) s.fay().ok("POST", "/api/artifacts/" + artifact + "/consent-requests", null).get("asked"))
                .containsExactlyInAnyOrder(s.ana().personId(), s.bo().personId());
        assertThat(list(s.bo(), "/api/artifacts/consent-requests")).extracting(a -> a.get("id")).containsExactly(artifact);
        s.ana().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");
        ToolClient.Reply refused = s.fay().send("POST", "/api/artifacts/" + artifact + "/audience", "{\"audience\": \"ORGANISATION\"}");
        problem(refused, 409, "Person bo-" + s.course());
        assertThat((String) refused.json().get("detail")).doesNotContain("ana-");
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}");
        assertThat(s.fay().ok("POST", "/api/artifacts/" + artifact + "/audience", "{\"audience\": \"ORGANISATION\"}"))
                .containsEntry("audience", "ORGANISATION");
        assertThat(s.outsider().get("/api/artifacts/" + artifact).status()).isEqualTo(200);
        assertThat(list(s.outsider(), "/api/artifacts")).extracting(a -> a.get("id")).containsExactly(artifact);

        // Bo withdraws: back to the space at once, and gone from the outsider's library.
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": false}");
        assertThat(s.fay().ok("/api/artifacts/" + artifact)).containsEntry("audience", "SPACE");
        assertThat(s.outsider().get("/api/artifacts/" + artifact).status()).isEqualTo(404);
        assertThat(list(s.outsider(), "/api/artifacts")).isEmpty();

        // Edits are versions with who and why; a peer reviews, the facilitator verifies.
        s.fay().ok("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Welcoming a new colleague\", \"body\": \"## Checklist\\n\\n- Badge"
                + " form\", \"reason\": \"shorter\"}");
        assertThat((List<Map<String, Object>>) s.ana().ok("/api/artifacts/" + artifact).get("versions"))
                .extracting(v -> v.get("reason")).containsExactly("made from the conversation “First week”", "shorter");
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"PEER_REVIEWED\"}");
        problem(s.bo().send("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"EXPERT_VERIFIED\"}"), 403, null);
        s.fay().ok("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"EXPERT_VERIFIED\"}");

        // Readers say what they think; the steward sees why.
        s.ana().ok("POST", "/api/artifacts/" + artifact + "/feedback", "{\"kind\": \"OUTDATED\", \"reason\": \"The form moved\"}");
        s.bo().ok("POST", "/api/artifacts/" + artifact + "/feedback", "{\"kind\": \"HELPED\"}");
        Map<String, Object> forSteward = s.fay().ok("/api/artifacts/" + artifact);
        assertThat(forSteward).containsEntry("helped", 1L).containsEntry("outdated", 1L).containsEntry("pastReview", true);
        assertThat((List<Map<String, Object>>) forSteward.get("feedback")).extracting(f -> f.get("reason")).contains("The form moved");
        assertThat(s.bo().ok("/api/artifacts/" + artifact).get("feedback")).isNull();
        assertThat(list(s.fay(), "/api/artifacts/due-for-review")).extracting(a -> a.get("id")).containsExactly(artifact);
        assertThat(list(s.fay(), "/api/artifacts?space=" + s.space() + "&due=true&type=checklist&tag=onboarding&q=badge"))
                .extracting(a -> a.get("id")).containsExactly(artifact);
        // Every word must be found (full-text search on PostgreSQL).
        assertThat(list(s.fay(), "/api/artifacts?q=badge%20welcoming")).extracting(a -> a.get("id")).containsExactly(artifact);
        assertThat(list(s.fay(), "/api/artifacts?q=badge%20zebra")).isEmpty();

        // Exported as Markdown, a printable page and a PDF that opens and says its title.
        assertThat(new String(download(tool, s.ana(), artifact, "md"), StandardCharsets.UTF_8))
                .startsWith("# Welcoming a new colleague").contains("- Badge form");
        assertThat(new String(download(tool, s.ana(), artifact, "html"), StandardCharsets.UTF_8))
                .contains("<title>Welcoming a new colleague</title>", "First week");
        try (PDDocument pdf = Loader.loadPDF(download(tool, s.ana(), artifact, "pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Welcoming a new colleague", "Badge form");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        problem(s.ana().get("/api/artifacts/" + artifact + "/export?format=docx"), 400, "format");
        problem(s.outsider().get("/api/artifacts/" + artifact + "/export?format=pdf"), 404, null);

        // A reply marked as the answer becomes an FAQ entry in one step.
        String faq = (String) s.ana().ok("POST", "/api/artifacts/answers/" + s.boReply() + "/faq", "{\"title\": \"Badge form?\"}")
                .get("id");
        assertThat(s.ana().ok("/api/artifacts/" + faq)).containsEntry("type", "FAQ");
        assertThat(s.bo().get("/api/artifacts/answers?thread=" + s.thread()).jsonArray()).containsExactly(s.boReply());
    }

    @Test
    void badInputIsAProblemDocumentAndWritesNothing(ToolClient tool) {
        Scene s = scene(tool);
        String thread = "{\"threadId\": \"" + s.thread() + "\", ";
        problem(s.ana().send("POST", "/api/artifacts", thread + "\"type\": \"POSTER\", \"title\": \"x\"}"), 400, "unknown type");
        problem(s.ana().send("POST", "/api/artifacts", thread + "\"type\": \"FAQ\", \"title\": \"  \"}"), 400, "title is required");
        problem(s.ana().send("POST", "/api/artifacts", thread + "\"type\": \"FAQ\", \"title\": \"" + "x".repeat(201) + "\"}"), 400,
                "longer than 200");
        problem(s.ana().send("POST", "/api/artifacts", thread + "\"type\": \"FAQ\", \"title\": \"x\", \"momentOfNeed\": \"later\"}"),
                400, "moment of need");
        problem(s.ana().send("POST", "/api/artifacts", "{\"type\": \"FAQ\", \"title\": \"x\"}"), 400, "threadId");
        problem(s.ana().send("POST", "/api/artifacts", "{\"threadId\": \"" + UUID.randomUUID() + "\", \"type\": \"FAQ\", \"title\": \"x\"}"),
                404, null);
        // The outsider cannot read the thread, so cannot make an artifact of it.
        problem(s.outsider().send("POST", "/api/artifacts", thread + "\"type\": \"FAQ\", \"title\": \"x\"}"), 403, null);
        problem(s.bo().send("POST", "/api/artifacts/answers/" + s.boReply(), null), 403, null);
        assertThat(s.fay().get("/api/artifacts?space=" + s.space()).jsonArray()).isEmpty();

        String artifact = make(s.ana(), s.thread(), "FAQ", "Badges");
        problem(s.ana().send("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Badges\", \"body\": \"" + "x".repeat(20_001)
                + "\", \"reason\": \"longer\"}"), 400, "longer than 20000");
        problem(s.ana().send("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Badges\", \"body\": \"b\"}"), 400, "reason");
        problem(s.bo().send("PUT", "/api/artifacts/" + artifact, "{\"title\": \"Mine\", \"body\": \"b\", \"reason\": \"r\"}"), 403, null);
        problem(s.ana().send("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"GOLD\"}"), 400, null);
        problem(s.ana().send("POST", "/api/artifacts/" + artifact + "/audience", "{\"audience\": \"EVERYONE\"}"), 400, null);
        problem(s.ana().send("POST", "/api/artifacts/" + artifact + "/consent", "{}"), 400, null);
        problem(s.bo().send("POST", "/api/artifacts/" + artifact + "/feedback", "{\"kind\": \"OUTDATED\"}"), 400, "reason");
        problem(s.ana().send("GET", "/api/artifacts?space=" + s.space() + "&type=POSTER", null), 400, "unknown type");
        assertThat(s.ana().ok("/api/artifacts/" + artifact)).containsEntry("version", 1L).containsEntry("outdated", 0L);
    }

    @Test
    void anotherSpaceAndAnotherOrganisationLearnNothingOfIt(ToolClient tool) {
        Scene s = scene(tool);
        String artifact = make(s.fay(), s.thread(), "JOB_AID", "Welcoming");
        Member otherSpace = Member.launch(tool, s.platform(), "o2-" + s.course(), List.of(INSTRUCTOR), "other-" + s.course());
        otherSpace.createSpace("Other");
        TestPlatform elsewhere = TestPlatform.register(tool);
        Member stranger = Member.launch(tool, elsewhere, "x-" + s.course(), List.of(INSTRUCTOR), s.course());
        String strangersSpace = stranger.createSpace("Theirs");
        stranger.startThread(strangersSpace, "Theirs", "Their words");

        for (Member other : List.of(otherSpace, stranger)) {
            problem(other.get("/api/artifacts/" + artifact), 404, null);
            problem(other.send("POST", "/api/artifacts/" + artifact + "/feedback", "{\"kind\": \"HELPED\"}"), 404, null);
            problem(other.send("POST", "/api/artifacts/" + artifact + "/consent", "{\"give\": true}"), 404, null);
            problem(other.send("POST", "/api/artifacts/" + artifact + "/verification", "{\"verification\": \"PEER_REVIEWED\"}"), 404, null);
            assertThat(other.get("/api/artifacts").jsonArray()).isEmpty();
            assertThat(other.get("/api/artifacts?q=Welcoming").jsonArray()).isEmpty();
            assertThat(other.get("/api/artifacts/due-for-review").jsonArray()).isEmpty();
        }
        problem(stranger.get("/api/artifacts?space=" + s.space()), 404, null);
        problem(stranger.send("POST", "/api/artifacts", "{\"threadId\": \"" + s.thread() + "\", \"type\": \"FAQ\", \"title\": \"x\"}"),
                404, null);
        assertThat(otherSpace.get("/api/artifacts?space=" + s.space()).jsonArray()).isEmpty();
        assertThat(s.fay().ok("/api/artifacts/" + artifact)).containsEntry("helped", 0L).containsEntry("verification", "DRAFT");
    }
}
