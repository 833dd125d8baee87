package org.thirdspace.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (from its WebJar) on the current document against WCAG 2.0/2.1 A and AA and
 * returns the serious and critical violations; {@link #atBothWidths} does so at desktop and at
 * phone width and saves a screenshot of each.
 */
final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/" + System.getProperty("axe.version", "4.6.3") + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The view as it is now, at 1280 px and at 390 px: a screenshot of each ({@code name-1280},
     * {@code name-390}) and the serious or critical violations of either, each prefixed with its width.
     */
    static List<String> atBothWidths(Chromium browser, String name) {
        List<String> found = new java.util.ArrayList<>();
        browser.screenshot(name + "-" + Chromium.DESKTOP_WIDTH);
        seriousViolations(browser.driver()).forEach(v -> found.add(Chromium.DESKTOP_WIDTH + " px: " + v));
        browser.phoneWidth();
        try {
            browser.screenshot(name + "-" + Chromium.PHONE_WIDTH);
            seriousViolations(browser.driver()).forEach(v -> found.add(Chromium.PHONE_WIDTH + " px: " + v));
        } finally {
            browser.desktopWidth();
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // The script is 500 KB: parsed once per document (a view checked at two widths, or a page
        // whose script changes views without loading another, keeps it).
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        // A large view (the preview of fifty groups) takes axe far longer than the usual script limit.
        Duration usual = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        Map<String, Object> results;
        try {
            results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.html).slice(0, 3)}))}), e => done({error: String(e)}));");
        } finally {
            driver.manage().timeouts().scriptTimeout(usual);
        }
        if (results.get("error") != null) {
            throw new IllegalStateException("axe failed: " + results.get("error"));
        }
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                .toList();
    }
}
