package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LTI 1.1 key on the console's Platforms page: Ivy, an administrator of Northwind's LMS,
 * issues (or rotates) her organisation's key, reads the secret once, and disables the key; axe
 * checks the page at both widths. Screenshots: src/target/screenshots/lti11-key-*.
 */
@ExtendWith(ToolServer.class)
class Lti11KeyInBrowser {

    @Test
    void anAdministratorIssuesTheLti11KeyAndSeesTheSecretOnce(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "LTI 1.1 course", "ivy");
        String registration = (String) tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<?, ?>) r).filter(r -> "emulator".equals(r.get("origin"))).findFirst().orElseThrow().get("id");
        String id = "ts-lti11-" + registration;
        try (Chromium ivy = new Chromium()) {
            ivy.open(Steps.coursePage(tool, course, "ivy"));
            ivy.intoTool();
            ivy.awaitText(By.cssSelector("main h1"), "Administration console");
            ivy.click(By.id("ts-console-platforms"));
            ivy.awaitText(By.cssSelector("main h1"), "Platforms");
            ivy.awaitText(By.id(id + "-title"), "LTI 1.1 links");
            if (!ivy.driver().findElements(By.id(id + "-create")).isEmpty()) {
                ivy.click(By.id(id + "-create"));
            } else {
                ivy.click(By.id(id + "-rotate"));
                ivy.await(By.cssSelector(".ts-confirm button")).click();
            }
            ivy.awaitText(By.id(id + "-secret"), "shown this once");
            String key = ivy.await(By.id(id + "-key")).getText();
            assertThat(key).startsWith("ts11-");
            assertThat(Accessibility.atBothWidths(ivy, "lti11-key-1-issued")).as("axe").isEmpty();
            ivy.js("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id + "-secret");
            ivy.screenshot("lti11-key-1b-secret");
            assertThat((String) ivy.js("return document.body.innerText")).doesNotContain("[object");

            ivy.click(By.id(id + "-disable"));
            ivy.await(By.cssSelector(".ts-confirm button")).click();
            ivy.await(By.id(id + "-enable"));
            assertThat(ivy.driver().findElements(By.id(id + "-secret"))).as("the secret is gone once the page is drawn again").isEmpty();
            ivy.screenshot("lti11-key-2-disabled");
            ivy.click(By.id(id + "-enable"));
            ivy.await(By.id(id + "-disable"));
        }
    }
}
