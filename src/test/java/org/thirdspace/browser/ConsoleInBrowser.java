package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.TestPlatform;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' console in a real browser: Ivy, an administrator of Northwind's LMS, lands
 * on the console from a course without a community, approves a deployment, starts the course's
 * community, archives and restores it, and reads the audit log; the operator signs in on /console
 * and a registration with a bad key set address is refused next to its field. axe checks every
 * view at 1280 px and 390 px; the screenshots are in src/target/screenshots/console-*.
 */
@ExtendWith(ToolServer.class)
class ConsoleInBrowser {

    private static void accessible(Chromium browser, String name) {
        assertThat(Accessibility.atBothWidths(browser, name)).as("axe on " + name).isEmpty();
        // A button or link rendered from an element instead of its text would read like this.
        assertThat((String) browser.js("return document.body.innerText")).doesNotContain("[object");
    }

    @Test
    void anOrganisationAdministratorWorksThroughTheConsole(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Console course", "ivy");
        String pending = "console-" + UUID.randomUUID().toString().substring(0, 8);
        try (Chromium ivy = new Chromium()) {
            ivy.open(Steps.coursePage(tool, course, "ivy"));
            ivy.intoTool();
            // No community yet: an administrator lands on the console, which offers to start one.
            ivy.awaitText(By.cssSelector("main h1"), "Administration console");
            assertThat(ivy.await(By.id("ts-console-link")).getAttribute("aria-current")).isEqualTo("page");
            assertThat(ivy.await(By.id("ts-console-overview")).getAttribute("aria-current")).isEqualTo("page");
            assertThat(ivy.await(By.id("ts-console-start")).isDisplayed()).isTrue();
            accessible(ivy, "console-1-overview");

            // Platforms: a deployment waits for a decision; Ivy approves it.
            String registration = (String) tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                    .map(r -> (Map<?, ?>) r).filter(r -> "emulator".equals(r.get("origin"))).findFirst().orElseThrow().get("id");
            assertThat(tool.admin("POST", "/api/admin/registrations/" + registration + "/deployments",
                    "{\"deploymentId\": \"" + pending + "\", \"status\": \"pending\", \"label\": \"Second campus\"}").status()).isEqualTo(200);
            ivy.click(By.id("ts-console-platforms"));
            ivy.awaitText(By.cssSelector("main h1"), "Platforms");
            WebElement row = ivy.await(By.cssSelector("tr[data-deployment='" + pending + "']"));
            assertThat(row.getText()).contains("awaiting approval", "Second campus");
            accessible(ivy, "console-2-platforms");
            ivy.click(By.cssSelector("tr[data-deployment='" + pending + "'] button"));
            ivy.awaitText(By.cssSelector("tr[data-deployment='" + pending + "']"), "active");
            assertThat(ivy.driver().findElements(By.id("ts-register-platform"))).as("only the operator registers").isEmpty();

            // Start the course's community from the console, then manage it across the organisation.
            ivy.click(By.id("ts-console-overview"));
            ivy.click(By.id("ts-console-start"));
            ivy.type(By.id("space-title-input"), "Console community");
            ivy.click(By.id("ts-create-space"));
            ivy.awaitText(By.id("space-title"), "Console community");
            if (Steps.dialogOpens(ivy)) {
                ivy.acceptConduct();
            }
            ivy.click(By.id("ts-console-link"));
            ivy.click(By.id("ts-console-spaces"));
            ivy.awaitText(By.cssSelector("main h1"), "Spaces across the organisation");
            WebElement card = ivy.await(By.xpath("//li[contains(@class,'ts-card')][.//a[normalize-space()='Console community']]"));
            assertThat(card.getText()).contains("Console course", "Facilitators and moderators");
            accessible(ivy, "console-3-spaces");
            String inCard = "//li[contains(@class,'ts-card')][.//a[normalize-space()='Console community']]";
            card.findElement(By.xpath(".//button[normalize-space()='Archive']")).click();
            ivy.await(By.cssSelector(".ts-confirm button")).click();
            ivy.click(By.xpath(inCard + "//button[normalize-space()='Restore']"));
            ivy.await(By.xpath(inCard + "//button[normalize-space()='Archive']"));
            assertThat(ivy.await(By.xpath(inCard)).getText()).doesNotContain("archived");
            ivy.click(By.xpath(inCard + "//summary"));
            ivy.await(By.xpath(inCard + "//details[@open]//li"));
            ivy.screenshot("console-3b-sync-history-1280");

            // The audit log: what Ivy did, filtered by kind.
            ivy.click(By.id("ts-console-audit"));
            ivy.awaitText(By.cssSelector("main h1"), "Audit log");
            ivy.awaitText(By.id("ts-audit-table"), "archived a space");
            assertThat(ivy.await(By.id("ts-audit-table")).getText()).contains("restored a space", "approved a deployment", "Ivy Marsh");
            accessible(ivy, "console-4-audit");
            ivy.driver().findElement(By.cssSelector("#ts-audit-what option[value='registration']")).click();
            ivy.click(By.id("ts-audit-filter"));
            // The table is replaced when the filtered entries arrive: one found just before may be gone when read.
            ivy.waiting(30)
                    .until(d -> !d.findElement(By.id("ts-audit-table")).getText().contains("archived a space"));
            assertThat(ivy.await(By.id("ts-audit-table")).getText()).contains("approved a deployment");
            assertThat((String) ivy.js("return location.hash")).isEqualTo("#/admin/audit?what=registration");
        }
        // A learner who opens #/admin is told who the console is for, not sent elsewhere without a word.
        try (Chromium ada = new Chromium()) {
            Steps.enter(ada, tool, course, "ada");
            assertThat(ada.driver().findElements(By.id("ts-console-link"))).as("no console entry for a learner").isEmpty();
            ada.js("location.hash = '#/admin'");
            ada.awaitText(By.cssSelector("main h1"), "The console is for administrators");
            assertThat(ada.driver().findElements(By.id("ts-console-nav"))).isEmpty();
            accessible(ada, "console-8-learner-refused");
        }
    }

    @Test
    void anAdministratorChangesTheOrganisationDefaultsAndAnInstructorIsToldToAskThem(ToolClient tool) throws Exception {
        String course = Chromium.freshCourse(tool, "Defaults course", "ivy");
        String registration = (String) tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                .map(r -> (Map<?, ?>) r).filter(r -> "emulator".equals(r.get("origin"))).findFirst().orElseThrow().get("id");
        String defaults = "/api/admin/organisations/" + registration + "/defaults";
        try {
            try (Chromium ivy = new Chromium()) {
                ivy.open(Steps.coursePage(tool, course, "ivy"));
                ivy.intoTool();
                ivy.awaitText(By.cssSelector("main h1"), "Administration console");
                ivy.click(By.id("ts-console-defaults"));
                ivy.awaitText(By.cssSelector("main h1"), "Organisation defaults");
                assertThat(ivy.await(By.id("ts-console-defaults")).getAttribute("aria-current")).isEqualTo("page");
                accessible(ivy, "console-5-defaults");

                // With the keyboard: a threshold out of range, Enter submits; the error is next to the field.
                WebElement threshold = ivy.await(By.id("ts-defaults-reportThreshold"));
                threshold.clear();
                threshold.sendKeys("0", Keys.ENTER);
                ivy.awaitText(By.id("ts-defaults-reportThreshold-error"), "Enter a whole number from 1 to 50.");
                assertThat(threshold.getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(threshold.getAttribute("aria-describedby")).contains("ts-defaults-reportThreshold-error");
                assertThat((String) ivy.js("return document.activeElement.id")).isEqualTo("ts-defaults-reportThreshold");
                accessible(ivy, "console-5b-defaults-refused");
                assertThat(tool.admin("GET", defaults, null).json()).as("nothing saved").containsEntry("reportThreshold", 3L);

                threshold.clear();
                threshold.sendKeys("4");
                // Arrow keys move the choice within a radio group, as in any form.
                ivy.await(By.id("ts-defaults-digestDefault-weekly")).sendKeys(Keys.ARROW_DOWN);
                ivy.await(By.id("ts-defaults-spaceCreation-INSTRUCTORS_AND_ADMINS")).sendKeys(Keys.ARROW_DOWN);
                assertThat(ivy.await(By.id("ts-defaults-digestDefault-daily")).isSelected()).isTrue();
                assertThat(ivy.await(By.id("ts-defaults-spaceCreation-ADMINS_ONLY")).isSelected()).isTrue();
                ivy.await(By.id("ts-defaults-save")).sendKeys(Keys.ENTER);
                ivy.awaitText(By.id("ts-defaults-save-said"), "Saved. The defaults apply from now on.");
                ivy.awaitGone(By.id("ts-defaults-reportThreshold-error"));
                assertThat(ivy.await(By.id("ts-defaults-changed")).getText()).startsWith("Last changed");
                accessible(ivy, "console-5c-defaults-saved");
                assertThat(tool.admin("GET", defaults, null).json()).containsEntry("reportThreshold", 4L)
                        .containsEntry("digestDefault", "daily").containsEntry("spaceCreation", "ADMINS_ONLY");

                ivy.click(By.id("ts-console-audit"));
                ivy.awaitText(By.id("ts-audit-table"), "changed the organisation defaults");
            }
            // Grace teaches a course without a community: the landing page tells her whom to ask, with no form.
            String graceCourse = Chromium.freshCourse(tool, "Course without a community", "ada");
            try (Chromium grace = new Chromium()) {
                grace.open(Steps.coursePage(tool, graceCourse, "grace"));
                grace.intoTool();
                grace.awaitText(By.id("ts-setup-who"), "Ask your L&D admin to start one for this course");
                assertThat(grace.driver().findElements(By.id("ts-create-space"))).as("no form to start it").isEmpty();
                accessible(grace, "console-6-ask-an-admin");
            }
        } finally {
            // The emulator's organisation is shared with the other browser tests: back to the tool's settings.
            tool.admin("PUT", defaults, "{\"reportThreshold\": 3, \"digestDefault\": \"weekly\", \"spaceCreation\": \"INSTRUCTORS_AND_ADMINS\"}");
        }
    }

    @Test
    void aPersonDownloadsTheirDataAndAnAdministratorErasesThemWhileTheirConversationStays(ToolClient tool) throws Exception {
        // Enough people for the organisation's health to show figures (five at least), whichever
        // tests ran on the server before this one.
        String course = Chromium.freshCourse(tool, "Data rights course", "grace", "hiro", "ivy", "ben", "chen", "dana", "elif");
        try (Chromium grace = new Chromium()) {
            Steps.startSpace(grace, tool, course, "Data rights community");
        }
        try (Chromium hiro = new Chromium()) {
            Steps.enter(hiro, tool, course, "hiro");
            Steps.startThread(hiro, "Night shift handover", "What I learnt about handovers.");
            hiro.click(By.id("ts-me"));
            hiro.awaitText(By.id("ts-my-data"), "My data");
            hiro.click(By.id("ts-download-my-data"));
            // The archive is fetched with the session's token; a failure would show next to the button.
            hiro.waiting(30).until(d -> d.findElement(By.id("ts-download-my-data")).isEnabled());
            assertThat(hiro.driver().findElements(By.cssSelector(".ts-field-error"))).isEmpty();
            accessible(hiro, "console-9-my-data");
        }
        try (Chromium ivy = new Chromium()) {
            ivy.open(Steps.coursePage(tool, course, "ivy"));
            ivy.intoTool();
            ivy.await(By.id("space-title"));
            if (Steps.dialogOpens(ivy)) {
                ivy.acceptConduct();
            }
            ivy.click(By.id("ts-console-link"));
            ivy.click(By.id("ts-console-people"));
            ivy.awaitText(By.cssSelector("main h1"), "People's data");
            ivy.type(By.id("ts-console-people-q"), "Hiro Tanaka");
            ivy.click(By.id("ts-console-people-search"));
            String card = "//ul[@id='ts-console-people-list']/li[.//h2[contains(normalize-space(),'Hiro Tanaka')]]";
            assertThat(ivy.await(By.xpath(card)).getText()).contains("hiro.tanaka@northwind.example", "last launched");
            accessible(ivy, "console-10-people");
            ivy.click(By.xpath(card + "//button[normalize-space()='Export data']"));
            ivy.click(By.xpath(card + "//button[normalize-space()='Erase']"));
            assertThat(ivy.await(By.cssSelector(".ts-confirm")).getText()).contains("Erase Hiro Tanaka?", "A former member");
            ivy.screenshot("console-11-erase-confirm-1280");
            ivy.await(By.cssSelector(".ts-confirm button")).click();
            ivy.awaitText(By.id("ts-console-people-results"), "Nobody found");
            assertThat(ivy.await(By.id("ts-console-people-results")).getText()).doesNotContain("Hiro Tanaka");
            ivy.click(By.id("ts-console-audit"));
            ivy.awaitText(By.id("ts-audit-table"), "erased a person");
            assertThat(ivy.await(By.id("ts-audit-table")).getText()).contains("exported a person’s data");

            // Community health of the organisation: the chart is drawn, and the table says the same in words.
            ivy.click(By.id("ts-console-health"));
            ivy.awaitText(By.cssSelector("main h1"), "Community health");
            ivy.await(By.cssSelector("#ts-health-chart canvas"));
            assertThat(ivy.await(By.id("ts-health-split")).getText()).contains("Creators", "Contributors", "90-9-1", "65-15-20");
            assertThat(ivy.await(By.id("ts-health-responses")).getText()).contains("Time to first answer");
            accessible(ivy, "console-13-health");
        }
        try (Chromium grace = new Chromium()) {
            Steps.enter(grace, tool, course, "grace");
            grace.click(By.xpath("//a[normalize-space()='Night shift handover']"));
            grace.awaitText(By.cssSelector(".ts-posts"), "What I learnt about handovers.");
            assertThat(grace.await(By.cssSelector(".ts-posts")).getText()).contains("A former member").doesNotContain("Hiro");
            grace.screenshot("console-12-former-member-1280");
        }
    }

    @Test
    void theOperatorSignsInOnTheConsolePageAndARegistrationIsRefusedAtItsField(ToolClient tool) throws Exception {
        try (Chromium operator = new Chromium()) {
            operator.open(tool.url("/console"));
            operator.awaitText(By.cssSelector("main h1"), "Operator sign-in");
            accessible(operator, "console-5-operator-sign-in");
            operator.type(By.id("ts-operator-token"), "not the credential");
            operator.click(By.id("ts-operator-sign-in"));
            operator.awaitText(By.cssSelector("[role=alert]"), "not accepted");
            assertThat((String) operator.js("return location.href")).doesNotContain("credential");

            operator.type(By.id("ts-operator-token"), tool.adminToken());
            operator.click(By.id("ts-operator-sign-in"));
            operator.awaitText(By.cssSelector("main h1"), "Administration console");
            assertThat((String) operator.js("return location.href")).doesNotContain(tool.adminToken());
            assertThat(operator.driver().findElements(By.id("ts-search"))).as("no learner search for the operator").isEmpty();
            accessible(operator, "console-6-operator-overview");

            operator.click(By.id("ts-console-platforms"));
            operator.click(By.id("ts-register-platform"));
            operator.awaitText(By.cssSelector("main h1"), "Register a platform");
            operator.type(By.id("ts-reg-name"), "Bad keys LMS");
            operator.type(By.id("ts-reg-issuer"), "https://bad-keys-" + UUID.randomUUID().toString().substring(0, 8) + ".test");
            operator.type(By.id("ts-reg-clientId"), "bad-keys");
            operator.type(By.id("ts-reg-authorizationEndpoint"), "https://lms.bad-keys.test/auth");
            operator.type(By.id("ts-reg-jwksUri"), "https://10.0.0.7/jwks");
            operator.type(By.id("ts-reg-targetLinkHosts"), "tool.bad-keys.test");
            operator.click(By.id("ts-register-submit"));
            operator.await(By.id("ts-reg-jwksUri-error"));
            assertThat(operator.await(By.id("ts-reg-jwksUri")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(operator.await(By.id("ts-reg-jwksUri-error")).getText()).contains("private or local address");
            accessible(operator, "console-7-register-refused");

            operator.type(By.id("ts-reg-json"), "{\"issuer\": ");
            operator.click(By.id("ts-register-json-submit"));
            operator.awaitText(By.id("ts-reg-json-error"), "not valid JSON");

            // A platform that re-created the tool: its new registration is attached to the organisation it served.
            TestPlatform before = TestPlatform.register(tool);
            TestPlatform recreated = TestPlatform.register(tool);
            operator.click(By.id("ts-console-platforms"));
            String attach = "ts-registration-" + recreated.registrationId() + "-attach";
            operator.await(By.id(attach));
            operator.driver().findElement(By.cssSelector("#" + attach + "-to option[value='" + before.registrationId() + "']")).click();
            operator.click(By.id(attach));
            operator.await(By.cssSelector(".ts-confirm button")).click();
            operator.awaitText(By.id("ts-registration-" + recreated.registrationId() + "-organisation"), "Part of the organisation of");
            operator.screenshot("console-7b-attached-1280");
            assertThat(tool.admin("GET", "/api/admin/registrations/" + recreated.registrationId(), null).json())
                    .containsEntry("organisationId", before.registrationId());
            recreated.close();
            before.close();

            operator.click(By.id("ts-sign-out"));
            operator.awaitText(By.cssSelector("main h1"), "Operator sign-in");
            assertThat(operator.js("return sessionStorage.getItem('thirdspace.operator')")).isNull();
        }
    }
}
