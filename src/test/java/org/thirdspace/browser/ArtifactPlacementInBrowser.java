package org.thirdspace.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.thirdspace.it.ToolClient;
import org.thirdspace.it.ToolServer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back to the course page, in the LMS emulator: Grace turns Ada's thread into a checklist, Ada
 * (who is quoted) consents, Grace places the checklist on another course's page through Deep
 * Linking, and Farah, a learner of that course only, opens it — read-only, with tick boxes — and
 * prints it: the Print button is there and the page has a print stylesheet that leaves the bar and
 * the buttons off the paper. Grace also writes a French translation; Chen, whose launches are in
 * French, reads the checklist in French, told it is a translation, and can switch to the original.
 * axe on the designer's dialog and the learners' pages.
 */
@ExtendWith(ToolServer.class)
class ArtifactPlacementInBrowser {

    private static void accessible(Chromium browser, String page) {
        assertThat(Accessibility.atBothWidths(browser, "placement-" + page)).as("axe on " + page).isEmpty();
    }

    @Test
    void aChecklistFromOneCourseIsPlacedOnAnotherCoursesPageAndALearnerThereOpensAndPrintsIt(ToolClient tool) throws Exception {
        String community = Chromium.freshCourse(tool, "Onboarding practice");
        String other = Chromium.freshCourse(tool, "Customer onboarding", "farah", "chen");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String thread = "Welcoming new colleagues " + suffix;
        String checklist = "First-day checklist " + suffix;
        try (Chromium grace = new Chromium(); Chromium ada = new Chromium(); Chromium farah = new Chromium();
             Chromium chen = new Chromium()) {
            Steps.startSpace(grace, tool, community, "Onboarding practice");
            Steps.enter(ada, tool, community, "ada");
            Steps.startThread(ada, thread, "What must be ready on a new colleague's first day?");

            // The facilitator turns the thread into a checklist.
            Steps.enter(grace, tool, community, "grace");
            grace.click(By.linkText(thread));
            Steps.reply(grace, "Send the badge form before day one.");
            grace.click(By.id("ts-make-artifact"));
            new Select(grace.await(By.cssSelector("#ts-thread-artifact select"))).selectByValue("CHECKLIST");
            grace.await(By.cssSelector("#ts-thread-artifact input[type=text]")).clear();
            grace.type(By.cssSelector("#ts-thread-artifact input[type=text]"), checklist);
            grace.click(By.cssSelector("#ts-thread-artifact button[type=submit]"));
            grace.awaitText(By.cssSelector("main h1"), checklist);
            assertThat(grace.driver().findElements(By.cssSelector(".ts-artifact-body input[type=checkbox][disabled]")))
                    .as("the checklist's items are tick boxes").isNotEmpty();
            assertThat(grace.await(By.cssSelector(".ts-artifact-body")).getText()).doesNotContain("[ ]", "From the conversation");
            grace.click(By.id("ts-ask-consent"));
            grace.awaitText(By.cssSelector(".ts-steward"), "1 person asked.");

            // She writes its French translation, starting from the original's words.
            grace.click(By.cssSelector("#ts-artifact-translations summary"));
            new Select(grace.await(By.id("ts-translation-language"))).selectByValue("fr");
            assertThat(grace.await(By.id("ts-translation-title")).getAttribute("value")).isEqualTo(checklist);
            grace.await(By.id("ts-translation-title")).clear();
            grace.type(By.id("ts-translation-title"), "Liste du premier jour " + suffix);
            grace.await(By.id("ts-translation-body")).clear();
            grace.type(By.id("ts-translation-body"), "## Étapes\n\n- [ ] Envoyer le formulaire de badge avant le premier jour.\n");
            grace.click(By.id("ts-translation-save"));
            grace.awaitText(By.id("ts-artifact-translations"), "The translation into French is saved.");
            assertThat(grace.await(By.id("ts-translation-list")).getText()).contains("Liste du premier jour " + suffix, "French",
                    "made from version 1");
            grace.screenshot("placement-0-translation");
            accessible(grace, "0-translation");

            // The quoted contributor consents.
            ada.click(By.id("ts-library-link"));
            ada.awaitText(By.id("ts-consent-requests"), checklist);
            ada.click(By.linkText(checklist));
            ada.click(By.id("ts-consent-give"));
            ada.awaitText(By.id("main"), "your consent is recorded");

            // The designer places it on ANOTHER course's page through the LMS's content dialog.
            grace.open(Steps.coursePage(tool, other, "grace"));
            grace.click(By.xpath("//button[normalize-space()='Add content from Thirdspace']"));
            grace.intoTool();
            grace.awaitText(By.cssSelector("main h1"), "Add a community to the course page");
            grace.type(By.id("dl-artifact-query"), suffix);
            grace.click(By.id("dl-artifact-search"));
            grace.click(By.xpath("//div[@id='dl-artifact-results']//label[normalize-space()='" + checklist + "']"));
            grace.screenshot("placement-1-dialog");
            accessible(grace, "1-dialog");
            grace.click(By.id("dl-place-artifact"));
            grace.awaitText(By.cssSelector("main h1"), "1 link added to the course");
            grace.click(By.linkText("Back to the course page"));
            grace.driver().switchTo().defaultContent();
            grace.awaitText(By.cssSelector("nav.emu-nav"), checklist);

            // A learner of that course opens it: the checklist, read-only, with its community named.
            farah.open(Steps.coursePage(tool, other, "farah"));
            farah.click(By.linkText(checklist));
            farah.intoTool();
            farah.awaitText(By.cssSelector("#ts-placed h1"), checklist);
            assertThat(farah.driver().findElements(By.cssSelector(".ts-artifact-body input[type=checkbox]")))
                    .allSatisfy(box -> assertThat(box.isEnabled()).as("read-only").isFalse()).isNotEmpty();
            assertThat(farah.driver().findElements(By.id("ts-artifact-edit"))).isEmpty();
            assertThat(farah.driver().findElements(By.id("ts-helped"))).isEmpty();
            assertThat(farah.await(By.cssSelector(".ts-provenance")).getText()).contains(thread);
            assertThat(farah.await(By.id("ts-placed-community")).getText()).contains("Onboarding practice");
            accessible(farah, "2-learner");

            // Printing: the button is there and prints; the page has a print stylesheet that leaves the bar and buttons off.
            assertThat(farah.await(By.id("ts-print")).getText()).isEqualTo("Print");
            assertThat((Boolean) farah.js("return [...document.styleSheets].some((sheet) => [...sheet.cssRules]"
                    + ".some((rule) => rule.media && rule.media.mediaText.includes('print')));")).as("a print stylesheet").isTrue();
            farah.js("window.print = () => { window.tsPrinted = true; };");
            farah.click(By.id("ts-print"));
            assertThat((Boolean) farah.js("return window.tsPrinted === true;")).as("Print prints").isTrue();
            farah.printMedia(true);
            assertThat(farah.driver().findElement(By.id("ts-print")).isDisplayed()).as("no buttons on paper").isFalse();
            assertThat(farah.driver().findElement(By.id("ts-placed-community")).isDisplayed()).isFalse();
            assertThat(farah.await(By.cssSelector(".ts-artifact-body")).isDisplayed()).isTrue();
            farah.screenshot("placement-3-print");
            farah.printMedia(false);
            assertThat(farah.driver().findElements(By.id("ts-placed-translated"))).as("Farah's launches are in English").isEmpty();

            // Chen's launches are in French: the French translation, said to be one, and the original on request.
            chen.open(Steps.coursePage(tool, other, "chen"));
            chen.click(By.linkText(checklist));
            chen.intoTool();
            chen.awaitText(By.cssSelector("#ts-placed h1"), "Liste du premier jour " + suffix);
            assertThat(chen.await(By.cssSelector(".ts-artifact-body")).getText()).contains("Envoyer le formulaire de badge")
                    .doesNotContain("Send the badge form");
            assertThat(chen.driver().findElements(By.cssSelector(".ts-artifact-body input[type=checkbox]")))
                    .allSatisfy(box -> assertThat(box.isEnabled()).isFalse()).isNotEmpty();
            assertThat(chen.await(By.id("ts-placed-translated")).getText()).contains("Traduit de l'original en anglais");
            chen.screenshot("placement-4-in-french");
            accessible(chen, "4-in-french");
            chen.click(By.id("ts-placed-original"));
            chen.awaitText(By.cssSelector("#ts-placed h1"), checklist);
            assertThat(chen.await(By.cssSelector(".ts-artifact-body")).getText()).contains("Send the badge form");
            chen.click(By.id("ts-placed-translation"));
            chen.awaitText(By.cssSelector("#ts-placed h1"), "Liste du premier jour " + suffix);
        }
    }
}
