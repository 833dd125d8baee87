package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer does first: open the LMS emulator, enter a course as someone, and land in the
 * tool signed in with the right role and course — through the real OIDC login, the emulator's
 * authorization endpoint and its signed id_token.
 */
@ExtendWith(ToolServer.class)
class EmulatorLaunchIT {

    static Map<String, Object> launchFromEmulator(ToolClient tool, String course, String person) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply coursePage = browser.get("/emulator/courses/" + course + "/as/" + person);
        assertThat(coursePage.status()).isEqualTo(200);
        String frame = ToolClient.Reply.unescape(coursePage.body().replaceAll("(?s).*<iframe[^>]*src=\"([^\"]+)\".*", "$1"));
        ToolClient.Reply initiation = browser.get(frame);
        assertThat(initiation.formAction()).isEqualTo(tool.url("/lti/login"));
        ToolClient.Reply redirect = browser.submit(initiation);
        assertThat(redirect.status()).isEqualTo(303);
        ToolClient.Reply authorization = browser.follow(redirect);
        assertThat(authorization.status()).as(authorization.toString()).isEqualTo(200);
        assertThat(authorization.formAction()).isEqualTo(tool.url("/lti/launch"));
        ToolClient.Reply landing = browser.submit(authorization);
        assertThat(landing.status()).as(landing.toString()).isEqualTo(200);
        ToolClient.Reply me = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + landing.sessionToken());
        assertThat(me.status()).isEqualTo(200);
        return me.json();
    }

    @Test
    void learnerAndInstructorLandSignedInWithTheirRoleAndCourse(ToolClient tool) {
        Map<String, Object> learner = launchFromEmulator(tool, "lht-2026-09", "ada");
        assertThat(((Map<?, ?>) learner.get("person")).get("name")).isEqualTo("Ada Okafor");
        assertThat(((Map<?, ?>) learner.get("course")).get("name")).isEqualTo("Leading Hybrid Teams (September 2026 run)");
        assertThat(learner.get("roles")).isEqualTo(List.of("LEARNER"));

        Map<String, Object> instructor = launchFromEmulator(tool, "lht-2026-09", "grace");
        assertThat(instructor.get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        assertThat(((Map<?, ?>) instructor.get("organisation")).get("id"))
                .isEqualTo(((Map<?, ?>) learner.get("organisation")).get("id"));
    }

    @Test
    void rolesSentAsShortNamesAndUrnsAreNormalised(ToolClient tool) {
        assertThat(launchFromEmulator(tool, "lht-2026-09", "ben").get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(launchFromEmulator(tool, "lht-2026-09", "chen").get("roles")).isEqualTo(List.of("LEARNER"));
        assertThat(launchFromEmulator(tool, "cc-101", "hiro").get("roles")).isEqualTo(List.of("TEACHING_ASSISTANT"));
    }

    @Test
    void theLmsPictureOfAPersonComesWithTheLaunchAndTheEmulatorServesIt(ToolClient tool) {
        Object picture = launchFromEmulator(tool, "cc-101", "grace").get("picture");
        assertThat(picture).isEqualTo(tool.url("/emulator/people/grace/picture.svg"));
        ToolClient.Reply image = tool.get((String) picture);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(image.body()).startsWith("<svg");
        // Someone whose LMS sends no picture has none, and the emulator has none to serve.
        assertThat(launchFromEmulator(tool, "cc-101", "ada").get("picture")).isNull();
        assertThat(tool.get("/emulator/people/ada/picture.svg").status()).isEqualTo(404);
        assertThat(tool.get("/emulator/people/nobody/picture.svg").status()).isEqualTo(404);
    }

    @Test
    void theLaunchLocaleIsKept(ToolClient tool) {
        assertThat(launchFromEmulator(tool, "lht-2026-09", "chen").get("locale")).isEqualTo("fr-FR");
    }

    @Test
    void anOrganisationAdministratorMayUseTheAdminApiForTheirOwnOrganisationOnly(ToolClient tool) {
        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply initiation = browser.get("/emulator/launch?course=onb-2026&person=ivy&link=onb-2026-community");
        ToolClient.Reply landing = browser.submit(browser.follow(browser.submit(initiation)));
        String token = landing.sessionToken();
        Map<String, Object> me = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + token).json();
        assertThat(me.get("roles")).isEqualTo(List.of("ORG_ADMIN"));

        ToolClient.Reply registrations = tool.json("GET", "/api/admin/registrations", null, "Authorization", "Bearer " + token);
        assertThat(registrations.status()).isEqualTo(200);
        assertThat(registrations.jsonArray()).hasSize(1).allSatisfy(r ->
                assertThat(((Map<?, ?>) r).get("id")).isEqualTo(((Map<?, ?>) me.get("organisation")).get("id")));
        // Keys and other organisations are the operator's business.
        assertThat(tool.json("GET", "/api/admin/keys", null, "Authorization", "Bearer " + token).status()).isEqualTo(403);
    }

    @Test
    void theEmulatorRefusesAnAuthenticationRequestItDidNotStart(ToolClient tool) {
        ToolClient.Reply reply = tool.get("/emulator/auth?scope=openid&response_type=id_token&response_mode=form_post"
                + "&prompt=none&client_id=thirdspace-emulator&redirect_uri=" + tool.url("/lti/launch")
                + "&login_hint=ada&lti_message_hint=forged&state=s&nonce=n");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("id_token");
    }
}
