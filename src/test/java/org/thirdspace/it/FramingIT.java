package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;
import static org.thirdspace.it.Member.LEARNER;
import static org.thirdspace.it.Member.ORGANISATION_ADMIN;

/**
 * Which sites may frame the tool is each organisation's own business: a response's
 * {@code frame-ancestors} comes from the registration of the launch or session it serves, so an
 * organisation admin who edits their frame origins changes nothing for another tenant; and no
 * registration may name a wildcard wider than one registrable domain.
 */
@ExtendWith(ToolServer.class)
class FramingIT {

    static String ancestors(ToolClient.Reply reply) {
        String csp = reply.header("Content-Security-Policy");
        assertThat(csp).as("CSP of " + reply.status()).isNotNull();
        return csp.substring(csp.indexOf("frame-ancestors"));
    }

    static String registration(TestPlatform platform, ToolClient tool, List<String> frameOrigins) {
        String origins = String.join(",", frameOrigins.stream().map(o -> "\"" + o + "\"").toList());
        return """
                {"name": "Framed %s", "authorizationEndpoint": "%s/authorize", "tokenEndpoint": "%s/token", "jwksUri": "%s",
                 "targetLinkHosts": ["localhost:%d"], "frameOrigins": [%s]}
                """.formatted(platform.clientId(), platform.issuer(), platform.issuer(), platform.jwksUri(), tool.server().port(), origins);
    }

    @Test
    void eachResponseMayBeFramedOnlyByThePlatformOfItsLaunchOrSession(ToolClient tool) {
        TestPlatform a = TestPlatform.register(tool);
        TestPlatform b = TestPlatform.register(tool);
        String course = "framing-" + UUID.randomUUID();
        String aOrigin = "https://lms-a-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        String bOrigin = "https://*.lms-b-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        assertThat(tool.admin("PUT", "/api/admin/registrations/" + a.registrationId(), registration(a, tool, List.of(aOrigin))).status())
                .isEqualTo(200);
        assertThat(tool.admin("PUT", "/api/admin/registrations/" + b.registrationId(), registration(b, tool, List.of(bOrigin))).status())
                .isEqualTo(200);

        ToolClient.Reply launchA = a.launch(tool.browser(), "framed-a-" + UUID.randomUUID(), List.of(INSTRUCTOR, ORGANISATION_ADMIN),
                c -> c.claim(TestPlatform.LTI + "context", java.util.Map.of("id", course, "label", course, "title", course)));
        assertThat(ancestors(launchA)).contains("'self'", aOrigin).doesNotContain(bOrigin);
        Member adminA = Member.landed(tool, launchA);
        ToolClient.Reply launchB = b.launch(tool.browser(), "framed-b-" + UUID.randomUUID(), List.of(LEARNER), c -> { });
        assertThat(ancestors(launchB)).contains("'self'", bOrigin).doesNotContain(aOrigin);
        Member learnerB = Member.landed(tool, launchB);
        assertThat(ancestors(adminA.get("/api/me"))).contains(aOrigin).doesNotContain(bOrigin);
        assertThat(ancestors(learnerB.get("/api/me"))).contains(bOrigin).doesNotContain(aOrigin);

        // A's organisation admin edits A's frame origins: B's responses do not change.
        String evil = "https://evil-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
        ToolClient.Reply edited = adminA.send("PUT", "/api/admin/registrations/" + a.registrationId(), registration(a, tool, List.of(evil)));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(ancestors(adminA.get("/api/me"))).contains(evil);
        assertThat(ancestors(learnerB.get("/api/me"))).contains(bOrigin).doesNotContain(evil);
        ToolClient.Reply laterB = b.launch(tool.browser(), "framed-b2-" + UUID.randomUUID(), List.of(LEARNER), c -> { });
        assertThat(ancestors(laterB)).contains(bOrigin).doesNotContain(evil).doesNotContain(aOrigin);
        assertThat(ancestors(learnerB.get("/api/nothing-here"))).as("a refusal too").doesNotContain(evil);

        // A page served to nobody in particular (a reload without its cookie) is the only one all may frame.
        ToolClient.Reply shell = tool.get("/app", "Accept", "text/html");
        assertThat(shell.status()).isEqualTo(200);
        assertThat(ancestors(shell)).contains("'self'");
        assertThat(ancestors(tool.get("/api/nothing-here"))).as("an API answer for nobody").isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void aWildcardWiderThanOneRegistrableDomainIsRefused(ToolClient tool) {
        TestPlatform platform = TestPlatform.register(tool);
        for (String wide : List.of("https://*.com", "https://*.co.uk", "https://*.github.io")) {
            ToolClient.Reply refused = tool.admin("PUT", "/api/admin/registrations/" + platform.registrationId(),
                    registration(platform, tool, List.of(wide)));
            assertThat(refused.status()).as(wide + ": " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat((String) refused.json().get("detail")).contains("wider than one registrable domain");
        }
        assertThat(tool.admin("GET", "/api/admin/registrations/" + platform.registrationId(), null).body())
                .doesNotContain("*.com").doesNotContain("*.co.uk");
        assertThat(tool.admin("PUT", "/api/admin/registrations/" + platform.registrationId(),
                registration(platform, tool, List.of("https://*.instructure.com", "https://*.school.co.uk"))).status()).isEqualTo(200);
    }
}
