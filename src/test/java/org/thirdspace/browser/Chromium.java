package org.thirdspace.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdspace.it.ToolClient;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver — nothing is downloaded. One
 * instance is one person's browser (its own profile and cookies). It can show pages at phone width
 * (390 × 844, through Chrome's device emulation: a headless window is at least 500 px wide) and
 * slow the network down (Chrome's network throttling) to see what waiting looks like.
 */
final class Chromium implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final Path profile;

    Chromium() throws IOException {
        profile = Files.createTempDirectory("thirdspace-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thirdspace.browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + DESKTOP_WIDTH + ",1000", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("thirdspace.browser.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Enters the LMS page's iframe, where the tool runs. */
    void intoTool() {
        driver.switchTo().defaultContent();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.name("tool")));
    }

    /** Reloads the tool's page inside the LMS page (not a new launch: the tool keeps its session). */
    void reloadTool() {
        js("window.reloading = true; location.reload();");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                intoTool();
                return Boolean.TRUE.equals(js("return window.reloading === undefined && document.readyState === 'complete'"
                        + " && !!document.querySelector('main h1');"));
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** Back to the LMS page around the tool. */
    void outOfTool() {
        driver.switchTo().defaultContent();
    }

    /**
     * A wait whose condition may read elements a view renders again while it waits (a list
     * refreshed, figures recomputed): a replaced element is looked up again at the next poll
     * rather than ending the wait with a stale reference.
     */
    WebDriverWait waiting(int seconds) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void awaitGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /**
     * Clicks the element once it is clickable. A view may render it again between finding and
     * clicking (the space switcher fills its list as it opens): then it is found again rather than
     * the click failing on the replaced one.
     */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Accepts the space's code of conduct in the dialog the space shows on first entry, and waits
     * until the dialog is gone (it is modal: nothing behind it can be clicked before).
     */
    void acceptConduct() {
        click(By.id("ts-conduct-accept"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("ts-conduct")));
    }

    void type(By by, String text) {
        WebElement field = await(by);
        field.clear();
        field.sendKeys(text);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Lays the page out at phone width (and the LMS page around the tool with it). */
    void phoneWidth() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        settle();
    }

    void desktopWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        settle();
    }

    /** Renders the page as it prints ({@code @media print}), or as on screen again (Chrome's media emulation). */
    void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
        settle();
    }

    /** Every request takes at least {@code latency} from now on (Chrome's network throttling). */
    void slowNetwork(Duration latency) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(latency);
        driver.setNetworkConditions(conditions);
    }

    void fastNetwork() {
        driver.deleteNetworkConditions();
    }

    /** Two animation frames: layout, media queries and the resize observers have run. */
    private void settle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
    }

    void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("thirdspace.browser.screenshots", "target/screenshots")));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            // a missing screenshot does not change the verdict
        }
    }

    /**
     * A course of the emulated LMS of its own, so that tests do not depend on each other: Grace
     * Mbeki teaches it, Ada Okafor and the given people learn in it, and nobody has set it up yet.
     */
    static String freshCourse(ToolClient tool, String title, String... learners) {
        String id = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder people = new StringBuilder();
        for (String learner : learners) {
            people.append(people.isEmpty() ? "" : ",").append('"').append(learner).append('"');
        }
        ToolClient.Reply reply = tool.json("PUT", "/emulator/courses/" + id + "/roster",
                "{\"title\": \"" + title + "\", \"learners\": [" + people + "]}");
        if (reply.status() != 200) {
            throw new IllegalStateException("cannot create course " + id + ": " + reply);
        }
        return id;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
