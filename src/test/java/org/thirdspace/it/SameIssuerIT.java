package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Many registrations share an issuer (every Canvas cloud tenant is https://canvas.instructure.com):
 * each resolves by client_id, and the same sub and context id under two registrations stay two
 * people in two organisations.
 */
@ExtendWith(ToolServer.class)
class SameIssuerIT {

    @Test
    void twoRegistrationsWithOneIssuerLaunchAndNeverSeeEachOthersPeople(ToolClient tool) {
        String issuer = "https://canvas-" + System.nanoTime() + ".test";
        TestPlatform north = TestPlatform.register(tool, issuer, "north-client");
        TestPlatform south = TestPlatform.register(tool, issuer, "south-client");

        Map<String, Object> inNorth = me(tool, north.launch(tool.browser(), "shared-sub", List.of(LEARNER), c -> { }));
        Map<String, Object> inSouth = me(tool, south.launch(tool.browser(), "shared-sub", List.of(LEARNER), c -> { }));

        assertThat(((Map<?, ?>) inNorth.get("organisation")).get("id")).isEqualTo(north.registrationId());
        assertThat(((Map<?, ?>) inSouth.get("organisation")).get("id")).isEqualTo(south.registrationId());
        assertThat(((Map<?, ?>) inNorth.get("person")).get("id")).isNotEqualTo(((Map<?, ?>) inSouth.get("person")).get("id"));
        assertThat(((Map<?, ?>) inNorth.get("course")).get("id")).isNotEqualTo(((Map<?, ?>) inSouth.get("course")).get("id"));

        assertThat(people(tool, north)).containsExactly("shared-sub");
        assertThat(people(tool, south)).containsExactly("shared-sub");
    }

    @Test
    void withoutClientIdASharedIssuerIsAmbiguousAndRefused(ToolClient tool) {
        String issuer = "https://shared-" + System.nanoTime() + ".test";
        TestPlatform one = TestPlatform.register(tool, issuer, "one");
        TestPlatform.register(tool, issuer, "two");
        Map<String, String> parameters = new java.util.LinkedHashMap<>(one.loginParameters("x"));
        parameters.remove("client_id");
        ToolClient.Reply reply = tool.browser().postForm("/lti/login", parameters);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.pageTitle()).contains("cannot tell which registration");
    }

    @Test
    void aUniqueIssuerResolvesWithoutClientId(ToolClient tool) {
        TestPlatform alone = TestPlatform.register(tool);
        Map<String, String> parameters = new java.util.LinkedHashMap<>(alone.loginParameters("x"));
        parameters.remove("client_id");
        assertThat(tool.browser().postForm("/lti/login", parameters).status()).isEqualTo(303);
    }

    static Map<String, Object> me(ToolClient tool, ToolClient.Reply launch) {
        assertThat(launch.status()).as(launch.toString()).isEqualTo(200);
        return tool.json("GET", "/api/me", null, "Authorization", "Bearer " + launch.sessionToken()).json();
    }

    @SuppressWarnings("unchecked")
    static List<Object> people(ToolClient tool, TestPlatform platform) {
        Map<String, Object> page = tool.admin("GET", "/api/admin/registrations/" + platform.registrationId() + "/people", null).json();
        return ((List<Map<String, Object>>) page.get("people")).stream().map(p -> p.get("subject")).toList();
    }
}
