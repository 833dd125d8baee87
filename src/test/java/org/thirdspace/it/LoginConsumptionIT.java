package org.thirdspace.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.LEARNER;

/**
 * A login is used once (1EdTech Security Framework §5.1.1.5, LTI.md negative test 5), and the
 * launch consumes it in the statement that finds it: a launch refused after that point must give
 * the login back (its transaction rolls the consumption back), and of launches racing with one
 * state exactly one may win.
 */
@ExtendWith(ToolServer.class)
class LoginConsumptionIT {

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        tool = client;
        platform = TestPlatform.register(tool);
    }

    @Test
    void aLaunchRefusedAfterItsLoginWasFoundLeavesTheLoginForTheRightToken() {
        String subject = "refused-first-" + UUID.randomUUID();
        ToolClient.Browser browser = tool.browser();
        Login login = platform.login(browser, platform.loginParameters(subject));
        Map<String, String> cookies = Map.copyOf(browser.cookies());

        // Signed by the platform, bound to this browser, but with another nonce: refused at the nonce check.
        ToolClient.Reply refused = post(browser, login, platform.sign(platform.launchClaims(login, subject, List.of(LEARNER))
                .claim("nonce", "not-the-login-nonce").build()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.sessionToken()).isNull();

        browser.cookies().putAll(cookies);
        ToolClient.Reply launched = post(browser, login, platform.sign(platform.launchClaims(login, subject, List.of(LEARNER)).build()));
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        assertThat(launched.sessionToken()).isNotNull();
    }

    @Test
    void ofEightPostsOfOneLoginAtOnceExactlyOneLaunches() throws Exception {
        String subject = "racing-" + UUID.randomUUID();
        ToolClient.Browser browser = tool.browser();
        Login login = platform.login(browser, platform.loginParameters(subject));
        String token = platform.sign(platform.launchClaims(login, subject, List.of(LEARNER)).build());
        Map<String, String> cookies = Map.copyOf(browser.cookies());

        ExecutorService posts = Executors.newFixedThreadPool(8);
        List<Callable<ToolClient.Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> {
                ToolClient.Browser copy = tool.browser();
                copy.cookies().putAll(cookies);
                return post(copy, login, token);
            });
        }
        List<ToolClient.Reply> replies = new ArrayList<>();
        for (Future<ToolClient.Reply> reply : posts.invokeAll(attempts)) {
            replies.add(reply.get());
        }
        posts.shutdown();

        assertThat(replies).filteredOn(r -> r.status() == 200).as(replies.toString()).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 401).hasSize(7)
                .allSatisfy(r -> assertThat(r.sessionToken()).isNull());
    }

    private static ToolClient.Reply post(ToolClient.Browser browser, Login login, String idToken) {
        return browser.postForm("/lti/launch", Map.of("id_token", idToken, "state", login.state()));
    }
}
