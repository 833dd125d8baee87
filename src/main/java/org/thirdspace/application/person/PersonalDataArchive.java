package org.thirdspace.application.person;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.thirdspace.community.person.PersonalHistory;
import org.thirdspace.community.person.PersonalHistory.PostEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A person's data as a machine-readable archive (GDPR Art. 15 access, Art. 20 portability): a ZIP
 * with {@code person.json} (who they are to the tool and everything they did or chose) and each of
 * their posts as a Markdown file, so that what they wrote can be read and reused elsewhere.
 */
public record PersonalDataArchive(Profile person, PersonalHistory history, Instant exportedAt) {

    /** Who the person is to the tool, as the LMS described them and as they described themselves. */
    public record Profile(UUID id, UUID organisationId, String subject, String lmsSourcedId, String lti11UserId, String name, String givenName, String familyName,
                          String email, String picture, String locale, String chosenName, String status,
                          Instant createdAt, Instant lastLaunchAt, String headline, String about) {
    }

    public static final String MEDIA_TYPE = "application/zip";

    public String fileName() {
        return "thirdspace-data-" + person.id() + ".zip";
    }

    public void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("person.json"));
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true))) {
            zip.write(jsonb.toJson(this).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e);
        }
        zip.closeEntry();
        int n = 0;
        for (PostEntry post : history.posts()) {
            zip.putNextEntry(new ZipEntry(String.format("posts/%04d-%s.md", ++n, post.postId())));
            zip.write(markdown(post).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A post as a Markdown file with a front matter saying where and when it was written. */
    static String markdown(PostEntry post) {
        return "---\n"
                + "thread: " + yaml(post.threadTitle()) + "\n"
                + "space: " + yaml(post.spaceTitle()) + "\n"
                + "written: " + post.createdAt() + "\n"
                + (post.editedAt() != null ? "edited: " + post.editedAt() + "\n" : "")
                + (post.deleted() ? "deleted: true\n" : "")
                + "---\n\n" + post.markdown() + "\n";
    }

    /** A YAML double-quoted scalar: titles may hold colons, quotes or line breaks. */
    private static String yaml(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
