package org.thirdspace.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * People's data rights: a person downloads their own data, an administrator of their organisation
 * looks them up, exports and erases them (each audited). Erasure leaves nothing of the person but
 * "A former member": the threads they wrote in stay readable, their sessions end, a later launch
 * with their LMS identity is somebody new, and erasing again changes nothing. Nobody else may do
 * any of it, and another organisation's administrator sees no such person.
 */
@ExtendWith(ToolServer.class)
class DataRightsIT {

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static Map<String, String> export(ToolClient tool, String path, String token) throws IOException {
        ToolClient.Download download = tool.download(path, "Authorization", "Bearer " + token);
        assertThat(download.status()).as(path + " → " + new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/zip");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"thirdspace-data-");
        assertThat(download.header("Cache-Control")).contains("no-store");
        return unzip(download.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonDownloadsEverythingTheCommunityHoldsAboutThem(ToolClient tool) throws Exception {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "my-data-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Data rights");
        Member ada = Member.launch(tool, platform, "ada-" + course, List.of(LEARNER), course);
        ada.ok("PUT", "/api/me/card", "{\"headline\": \"Planner\", \"about\": \"Twenty years of shift plans\", \"showEmail\": false}");
        String thread = ada.startThread(space, "Shift plans: \"the\" question", "How do you plan **night shifts**?");
        facilitator.reply(thread, "With the team.");
        ada.reply(thread, "Thanks, that helps.");

        assertThat(tool.download("/api/me/data").status()).as("nobody's data without a session").isEqualTo(401);
        Map<String, String> files = export(tool, "/api/me/data", ada.token());

        Map<String, Object> json = JSONObjectUtils.parse(files.get("person.json"));
        Map<String, Object> person = (Map<String, Object>) json.get("person");
        assertThat(person).containsEntry("id", ada.personId()).containsEntry("subject", "ada-" + course)
                .containsEntry("name", "Person ada-" + course).containsEntry("email", "same@example.test")
                .containsEntry("headline", "Planner").containsEntry("about", "Twenty years of shift plans");
        Map<String, Object> history = (Map<String, Object>) json.get("history");
        assertThat((List<Map<String, Object>>) history.get("posts")).extracting(p -> p.get("markdown"))
                .containsExactly("How do you plan **night shifts**?", "Thanks, that helps.");
        assertThat((List<Map<String, Object>>) history.get("courses")).extracting(c -> c.get("title")).containsExactly("Course " + course);
        assertThat(files.keySet()).as("each post as Markdown").hasSize(3).anyMatch(n -> n.startsWith("posts/0001-"));
        String first = files.entrySet().stream().filter(e -> e.getKey().startsWith("posts/0001-")).findFirst().orElseThrow().getValue();
        assertThat(first).startsWith("---\nthread: \"Shift plans: \\\"the\\\" question\"\nspace: \"Data rights\"\n")
                .endsWith("---\n\nHow do you plan **night shifts**?\n");
        assertThat(files.toString()).as("nobody else's posts").doesNotContain("With the team.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorExportsAndErasesAPersonWhoseThreadsStayReadable(ToolClient tool) throws Exception {
        TestPlatform platform = TestPlatform.register(tool);
        TestPlatform other = TestPlatform.register(tool);
        String course = "erase-" + UUID.randomUUID();
        String subject = "leaver-" + course;
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Erasure");
        Member leaver = Member.launch(tool, platform, subject, List.of(LEARNER), course);
        leaver.ok("PUT", "/api/me/card", "{\"headline\": \"Leaving soon\", \"about\": \"\", \"showEmail\": true}");
        Member colleague = Member.launch(tool, platform, "colleague-" + course, List.of(LEARNER), course);
        Member admin = Member.launch(tool, platform, "admin-" + course, List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        Member otherAdmin = Member.launch(tool, other, "admin-" + course, List.of(INSTRUCTOR, ORGANISATION_ADMIN), course);
        String thread = leaver.startThread(space, "Handover notes", "Everything I know about the night shift.");
        String mention = colleague.reply(thread, "Thanks [@x](mention:" + leaver.personId() + ")!");
        String people = "/api/admin/organisations/" + platform.registrationId() + "/people";
        String person = people + "/" + leaver.personId();

        // Looking up, exporting, erasing: the organisation's administrators (and the operator) only.
        assertThat(colleague.get(people + "?q=leaver").status()).as("a learner looks nobody up").isEqualTo(403);
        assertThat(otherAdmin.get(people + "?q=leaver").status()).as("another organisation's admin").isEqualTo(404);
        assertThat(admin.get(people).status()).as("a search needs words").isEqualTo(400);
        assertThat(tool.download(person + "/data", "Authorization", "Bearer " + colleague.token()).status()).isEqualTo(403);
        assertThat(tool.download(person + "/data", "Authorization", "Bearer " + otherAdmin.token()).status()).isEqualTo(404);
        assertThat(colleague.send("POST", person + "/erasure", null).status()).isEqualTo(403);
        assertThat(otherAdmin.send("POST", person + "/erasure", null).status()).isEqualTo(404);
        assertThat(otherAdmin.send("POST", "/api/admin/organisations/" + other.registrationId() + "/people/" + leaver.personId()
                + "/erasure", null).status()).as("a person of another organisation is no such person there").isEqualTo(404);
        assertThat(admin.send("POST", people + "/" + UUID.randomUUID() + "/erasure", null).status()).isEqualTo(404);
        SessionsIT.assertSignedIn(tool, leaver.token(), "nothing was erased by the refused calls");

        List<Object> found = admin.get(people + "?q=" + "PERSON%20LEAVER").jsonArray();
        assertThat(found).singleElement().satisfies(p -> assertThat((Map<String, Object>) p)
                .containsEntry("id", leaver.personId()).containsEntry("email", "same@example.test").containsEntry("status", "ACTIVE"));
        Map<String, String> exported = export(tool, person + "/data", admin.token());
        assertThat(exported.get("person.json")).contains("Everything I know about the night shift.").contains("Leaving soon");

        ToolClient.Reply erased = admin.send("POST", person + "/erasure", null);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json()).containsEntry("erasedNow", true);
        SessionsIT.assertSignedOut(tool, leaver.token(), "the erased person's session");

        // The thread stays, under "A former member", and so does the mention in another's reply.
        Map<String, Object> view = colleague.ok("/api/threads/" + thread);
        List<Map<String, Object>> posts = (List<Map<String, Object>>) view.get("posts");
        assertThat(posts.get(0)).containsEntry("authorName", "A former member");
        assertThat((String) posts.get(0).get("html")).contains("Everything I know about the night shift.");
        assertThat(MentionsIT.html(colleague, thread, mention)).contains("A former member").doesNotContain("Person leaver");
        Map<String, Object> card = colleague.ok("/api/people/" + leaver.personId());
        assertThat(card).containsEntry("name", "A former member");
        assertThat(card.get("headline")).isNull();
        assertThat(card.get("email")).isNull();
        assertThat(admin.get(people + "?q=" + "person%20leaver").jsonArray()).as("the old name finds nobody").isEmpty();
        assertThat(admin.get(people + "?q=" + leaver.personId()).jsonArray()).singleElement()
                .satisfies(p -> {
                    assertThat((Map<String, Object>) p).containsEntry("status", "ERASED");
                    assertThat(((Map<String, Object>) p).get("email")).isNull();
                });
        Map<String, Object> left = (Map<String, Object>) JSONObjectUtils.parse(export(tool, person + "/data", admin.token())
                .get("person.json")).get("person");
        assertThat(left).containsEntry("name", "A former member").containsEntry("subject", null).containsEntry("email", null)
                .containsEntry("headline", null).containsEntry("status", "ERASED");
        assertThat(left.toString()).doesNotContain("leaver").doesNotContain("example.test");

        // Again: nothing changes, and nothing more is audited.
        assertThat(admin.send("POST", person + "/erasure", null).json()).containsEntry("erasedNow", false);
        List<Object> audit = tool.admin("GET", "/api/admin/audit?organisation=" + platform.registrationId(), null).jsonArray();
        assertThat(audit).filteredOn(a -> "person.erase".equals(((Map<?, ?>) a).get("action"))).singleElement()
                .satisfies(a -> assertThat(((Map<?, ?>) a).get("target")).isEqualTo(leaver.personId()));
        assertThat(audit).filteredOn(a -> "person.export".equals(((Map<?, ?>) a).get("action"))).hasSize(2);

        // The same LMS identity launching again is somebody new, with none of the old history.
        Member back = Member.launch(tool, platform, subject, List.of(LEARNER), course);
        assertThat(back.personId()).isNotEqualTo(leaver.personId());
        assertThat((List<Map<String, Object>>) back.ok("/api/threads/" + thread).get("posts"))
                .noneMatch(p -> back.personId().equals(p.get("authorId")));
    }
}
