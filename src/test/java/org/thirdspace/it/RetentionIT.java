package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * The retention setting on a server of its own (20 seconds instead of months, and its own embedded
 * database, so that nobody else's people are dormant there): a person who has not launched for that
 * long is erased as an administrator would erase them, audited under the setting's name, and their
 * thread stays; someone who launched since is kept.
 */
@OwnDatabase
class RetentionIT {

    @Test
    @SuppressWarnings("unchecked")
    void peopleWhoHaveNotLaunchedForThePeriodAreErasedAndTheirThreadsStay(@TempDir Path data) throws Exception {
        try (PayaraMicroServer server = PayaraMicroServer.start("retention", data,
                Map.of("thirdspace.retention.dormant-after", "PT20S", "thirdspace.db.url", ""))
                .awaitReady(PayaraMicroServer.START_TIMEOUT)) {
            ToolClient tool = new ToolClient(server);
            TestPlatform platform = TestPlatform.register(tool);
            String course = "retention-" + UUID.randomUUID();
            Instant launched = Instant.now();
            Member dormant = Member.launch(tool, platform, "dormant-" + course, List.of(INSTRUCTOR), course);
            String space = dormant.createSpace("Kept conversations");
            String thread = dormant.startThread(space, "Before I go quiet", "Notes for whoever comes next.");

            Thread.sleep(Duration.between(Instant.now(), launched.plusSeconds(15)).toMillis());
            Member active = Member.launch(tool, platform, "active-" + course, List.of(LEARNER), course);

            Instant deadline = Instant.now().plusSeconds(60);
            String name = null;
            while (Instant.now().isBefore(deadline)) {
                name = (String) active.ok("/api/people/" + dormant.personId()).get("name");
                if ("A former member".equals(name)) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(name).as("the dormant person, erased within the period and a tick").isEqualTo("A former member");
            assertThat(Duration.between(launched, Instant.now())).as("not before the period").isGreaterThan(Duration.ofSeconds(20));
            SessionsIT.assertSignedIn(tool, active.token(), "someone who launched since");
            assertThat(active.ok("/api/people/" + active.personId()).get("name")).isEqualTo("Person active-" + course);
            SessionsIT.assertSignedOut(tool, dormant.token(), "the erased person");
            List<Map<String, Object>> posts = (List<Map<String, Object>>) active.ok("/api/threads/" + thread).get("posts");
            assertThat(posts.get(0)).containsEntry("authorName", "A former member");
            assertThat((String) posts.get(0).get("html")).contains("Notes for whoever comes next.");
            List<Object> audit = tool.admin("GET", "/api/admin/audit?organisation=" + platform.registrationId(), null).jsonArray();
            assertThat(audit).filteredOn(a -> "person.erase".equals(((Map<?, ?>) a).get("action"))).singleElement()
                    .satisfies(a -> assertThat((Map<String, Object>) a).containsEntry("target", dormant.personId())
                            .containsEntry("actor", "setting:thirdspace.retention.dormant-after"));
        }
    }
}
