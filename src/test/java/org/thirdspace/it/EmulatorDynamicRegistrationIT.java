package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's Dynamic Registration: the emulator's second site opens the tool's registration URL
 * with its configuration and a one-time token, the tool registers and waits pending, the operator
 * approves it, and a launch from the second site then lands signed in, in an organisation of its own.
 */
@ExtendWith(ToolServer.class)
class EmulatorDynamicRegistrationIT {

    private static ToolClient.Reply launchFromSecondSite(ToolClient tool, ToolClient.Browser browser, String person) {
        ToolClient.Reply initiation = browser.get("/emulator/launch?site=second&course=lht-2026-09&person=" + person
                + "&link=lht-2026-09-community&presentation=window");
        assertThat(initiation.status()).as(initiation.toString()).isEqualTo(200);
        assertThat(initiation.formAction()).isEqualTo(tool.url("/lti/login"));
        ToolClient.Reply redirect = browser.submit(initiation);
        if (redirect.status() != 303) {
            return redirect;
        }
        ToolClient.Reply authorization = browser.follow(redirect);
        assertThat(authorization.status()).as(authorization.toString()).isEqualTo(200);
        return browser.submit(authorization);
    }

    @Test
    void theSecondSiteRegistersTheToolTheOperatorApprovesAndItsPeopleLaunch(ToolClient tool) {
        ToolClient.Reply home = tool.get("/emulator");
        assertThat(home.body()).contains("Register a platform by Dynamic Registration").contains("/emulator/second-site/register");

        ToolClient.Browser browser = tool.browser();
        ToolClient.Reply dialog = browser.get("/emulator/second-site/register");
        assertThat(dialog.status()).isEqualTo(200);
        String src = ToolClient.Reply.unescape(dialog.body().replaceAll("(?s).*<iframe[^>]*src=\"([^\"]+)\".*", "$1"));
        assertThat(src).startsWith(tool.url("/lti/register?openid_configuration="));

        ToolClient.Reply registered = browser.get(src);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.body()).contains("waits for the Thirdspace operator");
        // The token was for one registration only.
        assertThat(browser.get(src).body()).contains("lti.register.registration-failed").contains("invalid_token");

        String issuer = tool.url("/emulator/second-site");
        Map<String, Object> registration = tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<String, Object>) r).filter(r -> issuer.equals(r.get("issuer")))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(registration.get("status")).isEqualTo("pending");
        assertThat((String) registration.get("clientId")).startsWith("second-site-");
        assertThat((List<Map<String, Object>>) registration.get("deployments")).singleElement()
                .satisfies(d -> assertThat(d.get("deploymentId")).isEqualTo("northwind-second-site-1"));

        // Pending: nobody launches from it yet.
        ToolClient.Reply refused = launchFromSecondSite(tool, tool.browser(), "grace");
        assertThat(refused.status()).isGreaterThanOrEqualTo(400);

        assertThat(tool.admin("POST", "/api/admin/registrations/" + registration.get("id") + "/status", "{\"status\":\"active\"}")
                .status()).isEqualTo(200);

        ToolClient.Reply landing = launchFromSecondSite(tool, tool.browser(), "grace");
        assertThat(landing.status()).as(landing.toString()).isEqualTo(200);
        Map<String, Object> me = tool.json("GET", "/api/me", null, "Authorization", "Bearer " + landing.sessionToken()).json();
        assertThat(me.get("roles")).isEqualTo(List.of("INSTRUCTOR"));
        assertThat(((Map<?, ?>) me.get("organisation")).get("id")).isEqualTo(registration.get("id"));
    }
}
