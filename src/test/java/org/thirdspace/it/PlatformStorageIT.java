package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * Launches in browsers that drop the tool's cookie inside the LMS iframe: LTI Platform Storage
 * (lti.put_data / lti.get_data) carries the browser binding instead, and without it the person is
 * offered a new window.
 */
@ExtendWith(ToolServer.class)
class PlatformStorageIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void setUp(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    static String data(String page, String name) {
        Matcher matcher = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return ToolClient.Reply.unescape(matcher.group(1));
    }

    @Test
    void theBindingTravelsThroughPlatformStorageWhenTheCookieIsGone() {
        ToolClient.Browser browser = tool.browser();
        Map<String, String> parameters = new LinkedHashMap<>(platform.loginParameters("storage-user"));
        parameters.put("lti_storage_target", "_parent");
        ToolClient.Reply page = browser.postForm("/lti/login", parameters);
        assertThat(page.status()).isEqualTo(200);
        assertThat(data(page.body(), "origin")).isEqualTo(platform.issuer());
        assertThat(data(page.body(), "target")).isEqualTo("_parent");
        String stored = data(page.body(), "state-value");
        Login login = Login.from(data(page.body(), "redirect"));
        assertThat(data(page.body(), "state-key")).isEqualTo("state_" + login.state());
        assertThat(data(page.body(), "nonce-value")).isEqualTo(login.nonce());

        browser.forgetCookies(); // third-party cookies blocked
        String token = platform.sign(platform.launchClaims(login, "storage-user", List.of(LEARNER)).build());
        ToolClient.Reply ask = browser.postForm("/lti/launch", Map.of("id_token", token, "state", login.state()));
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.sessionToken()).isNull();
        assertThat(data(ask.body(), "state-key")).isEqualTo("state_" + login.state());

        Map<String, String> fields = ask.formFields();
        fields.put("lti_storage_binding", stored); // what lti.get_data returned
        ToolClient.Reply landed = browser.postForm("/lti/launch", fields);
        assertThat(landed.status()).as(landed.toString()).isEqualTo(200);
        assertThat(landed.sessionToken()).startsWith("ts1.");
    }

    @Test
    void aWrongPlatformStorageValueIsRefusedWithANewWindowOffer() {
        ToolClient.Browser browser = tool.browser();
        Map<String, String> parameters = new LinkedHashMap<>(platform.loginParameters("storage-user-2"));
        parameters.put("lti_storage_target", "_parent");
        ToolClient.Reply page = browser.postForm("/lti/login", parameters);
        Login login = Login.from(data(page.body(), "redirect"));
        browser.forgetCookies();
        String token = platform.sign(platform.launchClaims(login, "storage-user-2", List.of(LEARNER)).build());
        ToolClient.Reply refused = browser.postForm("/lti/launch",
                Map.of("id_token", token, "state", login.state(), "lti_storage_binding", "none"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.sessionToken()).isNull();
        assertThat(refused.body()).contains("target=\"_blank\"").contains("Open Thirdspace in a new window");
        // The new-window form restarts the same login at the tool, with the platform's own hints.
        Map<String, String> restart = refused.formFields();
        assertThat(refused.formAction()).isEqualTo("/lti/login");
        assertThat(restart).containsEntry("iss", platform.issuer()).containsEntry("client_id", platform.clientId())
                .containsEntry("login_hint", "storage-user-2").containsEntry("lti_message_hint", parameters.get("lti_message_hint"));
        assertThat(tool.browser().postForm("/lti/login", restart).status()).isEqualTo(303);
    }
}
