package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;

/**
 * An LMS whose privacy settings share no names (Moodle can): people are still told apart, by a
 * stable pseudonym, and may choose the name others see; someone whose LMS shares a name may not.
 */
@ExtendWith(ToolServer.class)
class ChosenNamesIT {

    /** A launch that carries no name claim at all (MentionsIT's launch, without a name). */
    static Member launchNameless(ToolClient tool, TestPlatform platform, String subject, String course) {
        return MentionsIT.launchNamed(tool, platform, subject, null, course);
    }

    @Test
    @SuppressWarnings("unchecked")
    void namelessPeopleHaveDistinctPseudonymsAndMayChooseANameOthersSee(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        String course = "nameless-" + UUID.randomUUID();
        Member facilitator = Member.launch(tool, platform, "f-" + course, List.of(INSTRUCTOR), course);
        String space = facilitator.createSpace("Without names");
        Member one = launchNameless(tool, platform, "one-" + course, course);
        Member two = launchNameless(tool, platform, "two-" + course, course);

        String oneShown = (String) facilitator.ok("/api/people/" + one.personId()).get("name");
        String twoShown = (String) facilitator.ok("/api/people/" + two.personId()).get("name");
        assertThat(oneShown).matches("Member [0-9A-Z]{4}").isNotEqualTo(twoShown);
        assertThat(twoShown).matches("Member [0-9A-Z]{4}");
        assertThat(one.ok("/api/people/" + one.personId())).containsEntry("mayChooseName", true);
        List<Map<String, Object>> members = (List<Map<String, Object>>) (List<?>) facilitator.get("/api/spaces/" + space + "/members").jsonArray();
        assertThat(members).extracting(m -> m.get("name")).contains(oneShown, twoShown);

        assertThat(one.send("PUT", "/api/me/name", "{\"name\": \"Sam from Lyon\"}").status()).isEqualTo(204);
        assertThat(facilitator.ok("/api/people/" + one.personId())).containsEntry("name", "Sam from Lyon");
        members = (List<Map<String, Object>>) (List<?>) facilitator.get("/api/spaces/" + space + "/members?q=lyon").jsonArray();
        assertThat(members).extracting(m -> m.get("name")).containsExactly("Sam from Lyon");

        // Bad input is refused, and the name stays what it was.
        ToolClient.Reply tooLong = one.send("PUT", "/api/me/name", "{\"name\": \"" + "x".repeat(81) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(one.send("PUT", "/api/me/name", "{\"name\": \"Sam\\u0000\"}").status()).isEqualTo(400);
        assertThat(facilitator.ok("/api/people/" + one.personId())).containsEntry("name", "Sam from Lyon");

        // Someone whose LMS shares a name cannot pass for someone else.
        ToolClient.Reply refused = facilitator.send("PUT", "/api/me/name", "{\"name\": \"Sam from Lyon\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("your LMS shares your name");
        assertThat(facilitator.ok("/api/people/" + facilitator.personId()).get("name")).isEqualTo("Person f-" + course);

        // Back to the pseudonym.
        assertThat(one.send("PUT", "/api/me/name", "{\"name\": \"\"}").status()).isEqualTo(204);
        assertThat(facilitator.ok("/api/people/" + one.personId())).containsEntry("name", oneShown);
    }
}
