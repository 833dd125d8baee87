package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration journey in the LMS emulator: its admin issues an LTI 1.1 key, a learner enters by
 * the course page's "Launch with LTI 1.1" button and writes; later the LMS launches by LTI 1.3 with
 * the lti1p1 migration claim, and the same person lands, with their post as theirs.
 */
@ExtendWith(ToolServer.class)
class EmulatorLti11IT {

    static String emulatorOrganisation(ToolClient tool) {
        return tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<?, ?>) r).filter(r -> tool.url("/emulator").equals(r.get("issuer")))
                .map(r -> (String) r.get("id")).findFirst().orElseThrow();
    }

    static void issueKey(ToolClient tool) {
        String path = "/api/admin/registrations/" + emulatorOrganisation(tool) + "/lti11-key";
        ToolClient.Reply created = tool.admin("POST", path, null);
        if (created.status() == 409) {
            created = tool.admin("POST", path + "/rotate", null);
        }
        assertThat(created.status()).as(created.toString()).isBetween(200, 201);
    }

    /** Enters a course by the course page's LTI 1.1 button: the emulator signs, the tool verifies. */
    static Member launch11(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply page = browser.get("/emulator/courses/" + course + "/as/" + person);
        assertThat(page.body()).contains(">Launch with LTI 1.1</a>");
        String href = ToolClient.Reply.unescape(page.body().replaceAll("(?s).*<a class=\"ts-button ts-secondary\" target=\"tool\" href=\"([^\"]+)\">Launch with LTI 1.1.*", "$1"));
        ToolClient.Reply signed = browser.get(href);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.formAction()).isEqualTo(tool.url("/lti11/launch"));
        assertThat(signed.formFields()).containsEntry("oauth_signature_method", "HMAC-SHA1").containsKey("oauth_signature")
                .doesNotContainKey("id_token");
        return Member.landed(tool, browser.submit(signed));
    }

    /** Enters a course by LTI 1.3 from the emulator (OIDC login, authorization, id_token). */
    static Member launch13(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=" + course + "&person=" + person + "&link=" + course + "-community");
        ToolClient.Reply authorization = browser.follow(browser.submit(initiation));
        assertThat(authorization.formAction()).isEqualTo(tool.url("/lti/launch"));
        return Member.landed(tool, browser.submit(authorization));
    }

    @Test
    void theSamePersonLandsWithTheirHistoryAfterTheLmsMovesToLti13(ToolClient tool) {
        issueKey(tool);
        Member teacher = launch11(tool, "lht-2026-09", "grace");
        assertThat(teacher.ok("/api/me").get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        Object existing = teacher.destination().get("spaceId");
        String space = existing != null ? (String) existing : teacher.createSpace("Leading hybrid teams");

        Member as11 = launch11(tool, "lht-2026-09", "elif");
        assertThat(as11.destination()).containsEntry("spaceId", space);
        assertThat(((Map<?, ?>) as11.ok("/api/me").get("person")).get("name")).isEqualTo("Elif Kaya");
        String thread = as11.startThread(space, "My first week", "Written before our LMS moved to LTI 1.3");

        Member as13 = launch13(tool, "lht-2026-09", "elif");
        assertThat(as13.personId()).isEqualTo(as11.personId());
        assertThat(as13.destination()).containsEntry("spaceId", space);
        @SuppressWarnings("unchecked")
        Map<String, Object> opening = ((List<Map<String, Object>>) as13.ok("/api/threads/" + thread).get("posts")).get(0);
        assertThat(opening).containsEntry("authorId", as11.personId()).containsEntry("mayEdit", true);
    }
}
