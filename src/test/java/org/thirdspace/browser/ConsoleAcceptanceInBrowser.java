package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's acceptance, played as a newcomer does from the run command: the emulator registers
 * its second site by Dynamic Registration, the newcomer opens the console as the operator from the
 * emulator (no token to type) and approves it, Grace launches from the second site and starts the
 * course's community, the emulator seeds a month of activity there, and the console shows the new
 * organisation's spaces, its roster sync (sync now, then its state), community health with its
 * chart and tables, and exports a seeded person's data (person.json and their posts). Screenshots
 * in src/target/screenshots/acceptance-*; axe on every console view at both widths.
 */
@ExtendWith(ToolServer.class)
class ConsoleAcceptanceInBrowser {

    private static final String COURSE = "lht-2026-09";

    private static void accessible(Chromium browser, String name) {
        assertThat(Accessibility.atBothWidths(browser, name)).as("axe on " + name).isEmpty();
        assertThat((String) browser.js("return document.body.innerText")).doesNotContain("[object", "undefined", "NaN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerRegistersASecondPlatformApprovesItAndSeesItsCommunityInTheConsole(ToolClient tool) throws Exception {
        String issuer = tool.url("/emulator/second-site");
        try (Chromium newcomer = new Chromium()) {
            // 1. The emulator, and its second site registering Thirdspace by Dynamic Registration.
            newcomer.open(tool.url("/emulator"));
            newcomer.await(By.id("emu-open-console"));
            newcomer.screenshot("acceptance-1-emulator-1280");
            newcomer.click(By.linkText("Register a platform by Dynamic Registration"));
            newcomer.awaitText(By.cssSelector("main h1"), "Register Thirdspace by Dynamic Registration");
            newcomer.waiting(60).until(d -> d.findElement(By.id("registration-closed")).isDisplayed());
            newcomer.screenshot("acceptance-2-registered-1280");
            Map<String, Object> registration = tool.admin("GET", "/api/admin/registrations", null).jsonArray().stream()
                    .map(r -> (Map<String, Object>) r).filter(r -> issuer.equals(r.get("issuer")) && "pending".equals(r.get("status")))
                    .reduce((a, b) -> b).orElseThrow();
            String id = (String) registration.get("id");

            // 2. The console as the operator, from the emulator's page: nothing typed, nothing in the address.
            newcomer.click(By.id("emu-open-console"));
            newcomer.awaitText(By.cssSelector("main h1"), "Administration console");
            assertThat((String) newcomer.js("return location.pathname")).isEqualTo("/console");
            assertThat((String) newcomer.js("return location.href")).doesNotContain("operator-");
            assertThat(newcomer.driver().findElements(By.cssSelector("meta[name='ts-session']"))).isEmpty();
            accessible(newcomer, "acceptance-3-console");

            // 3. Platforms: the second site waits; the operator approves it.
            newcomer.click(By.id("ts-console-platforms"));
            newcomer.awaitText(By.cssSelector("main h1"), "Platforms");
            newcomer.await(By.id("ts-registration-" + id + "-enable"));
            accessible(newcomer, "acceptance-4-platforms-pending");
            newcomer.click(By.id("ts-registration-" + id + "-enable"));
            newcomer.awaitGone(By.id("ts-registration-" + id + "-enable"));
            assertThat(tool.admin("GET", "/api/admin/registrations/" + id, null).json()).containsEntry("status", "active");
            newcomer.screenshot("acceptance-4b-platforms-approved-1280");

            // 4. Grace launches from the second site and starts the course's community there.
            try (Chromium grace = new Chromium()) {
                grace.open(tool.url("/emulator/launch?site=second&course=" + COURSE + "&person=grace&link=" + COURSE
                        + "-community&presentation=window"));
                grace.type(By.id("space-title-input"), "Hybrid teams, second site");
                grace.click(By.id("ts-create-space"));
                grace.awaitText(By.id("space-title"), "Hybrid teams, second site");
                grace.acceptConduct();
                grace.screenshot("acceptance-5-launched-from-second-site-1280");
            }

            // 5. A month of activity, seeded from the emulator's page for the second site's course.
            newcomer.open(tool.url("/emulator"));
            newcomer.driver().findElement(By.cssSelector("#" + COURSE + "-site option[value='second']")).click();
            newcomer.click(By.xpath("//section[@id='" + COURSE + "']//button[normalize-space()='Seed a month of activity']"));
            newcomer.awaitText(By.id("emu-seeded"), "40 learners");
            newcomer.screenshot("acceptance-6-seeded-1280");

            // 6. Spaces of the new organisation, with the course's roster sync: sync now, then its state.
            newcomer.click(By.id("emu-open-console"));
            newcomer.awaitText(By.cssSelector("main h1"), "Administration console");
            newcomer.js("location.hash = arguments[0]", "#/admin/spaces?organisation=" + id);
            newcomer.awaitText(By.cssSelector("main h1"), "Spaces across the organisation");
            String card = "//li[contains(@class,'ts-card')][.//a[normalize-space()='Hybrid teams, second site']]";
            assertThat(newcomer.await(By.xpath(card)).getText()).contains("Leading Hybrid Teams");
            newcomer.click(By.xpath(card + "//button[normalize-space()='Sync now']"));
            newcomer.await(By.xpath(card + "//*[@role='status'][normalize-space()]"));
            newcomer.waiting(120).until(d -> {
                List<Object> syncs = tool.admin("GET", "/api/admin/roster-syncs?organisation=" + id + "&limit=5", null).jsonArray();
                // Sync now's run, and the one Grace's launch started, have both ended.
                return !syncs.isEmpty() && syncs.stream().map(s -> (Map<String, Object>) s)
                        .allMatch(s -> "succeeded".equals(s.get("state")) || "failed".equals(s.get("state")));
            });
            newcomer.js("location.hash = arguments[0]", "#/admin/audit?organisation=" + id);
            newcomer.awaitText(By.cssSelector("main h1"), "Audit log");
            newcomer.js("location.hash = arguments[0]", "#/admin/spaces?organisation=" + id);
            newcomer.await(By.xpath(card));
            newcomer.click(By.xpath(card + "//summary"));
            newcomer.await(By.xpath(card + "//details[@open]//li"));
            String synced = newcomer.await(By.xpath(card)).getText();
            assertThat(synced).contains("succeeded").doesNotContain("roster never synced");
            accessible(newcomer, "acceptance-7-spaces");

            // 7. Community health of the seeded month: the chart is drawn and the tables hold the figures.
            newcomer.click(By.id("ts-console-health"));
            newcomer.awaitText(By.cssSelector("main h1"), "Community health");
            newcomer.await(By.cssSelector("#ts-health-chart canvas"));
            String split = newcomer.await(By.id("ts-health-split")).getText();
            assertThat(split).contains("Creators", "Contributors", "Readers", "90-9-1", "65-15-20");
            // The seed's eight people who start conversations; every group shown has at least five people.
            assertThat(split).containsPattern("Creators\\s+8\\b").doesNotContain("fewer than");
            assertThat(newcomer.await(By.id("ts-health-responses")).getText()).contains("Time to first answer").containsPattern("\\d");
            accessible(newcomer, "acceptance-8-health");
            // Figures are served as computed a few minutes ago at most; "Compute now" computes them again.
            String asOf = newcomer.await(By.id("ts-health-as-of")).getText();
            assertThat(asOf).startsWith("(figures as of ");
            Thread.sleep(1_100);
            newcomer.click(By.id("ts-health-recompute"));
            newcomer.waiting(30)
                    .until(d -> !d.findElement(By.id("ts-health-as-of")).getText().equals(asOf));
            newcomer.await(By.cssSelector("#ts-health-chart canvas"));

            // 8. People's data: a seeded person's archive, with who they are and their posts.
            newcomer.click(By.id("ts-console-people"));
            newcomer.awaitText(By.cssSelector("main h1"), "People's data");
            newcomer.type(By.id("ts-console-people-q"), "Amara Abbott");
            newcomer.click(By.id("ts-console-people-search"));
            String person = "//ul[@id='ts-console-people-list']/li[.//h2[contains(normalize-space(),'Amara Abbott')]]";
            newcomer.await(By.xpath(person));
            accessible(newcomer, "acceptance-9-people");
            newcomer.js("window.tsBlobs = []; const make = URL.createObjectURL;"
                    + " URL.createObjectURL = function (blob) { window.tsBlobs.push(blob); return make.call(URL, blob); };");
            newcomer.click(By.xpath(person + "//button[normalize-space()='Export data']"));
            newcomer.waiting(30).until(d -> ((Number) newcomer.js("return window.tsBlobs.length")).intValue() > 0);
            String base64 = (String) ((JavascriptExecutor) newcomer.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; const reader = new FileReader();"
                            + " reader.onload = () => done(reader.result.split(',')[1]); reader.readAsDataURL(window.tsBlobs[0]);");
            Map<String, String> archive = unzip(Base64.getDecoder().decode(base64));
            assertThat(archive).containsKey("person.json");
            assertThat(archive.get("person.json")).contains("Amara Abbott");
            List<String> posts = new ArrayList<>(archive.keySet().stream().filter(n -> n.startsWith("posts/") && n.endsWith(".md")).toList());
            assertThat(posts).isNotEmpty();
            assertThat(String.join("\n", posts.stream().map(archive::get).toList())).contains("?");
            assertThat(newcomer.driver().findElements(By.cssSelector(".ts-field-error"))).isEmpty();
            newcomer.screenshot("acceptance-10-exported-1280");
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
