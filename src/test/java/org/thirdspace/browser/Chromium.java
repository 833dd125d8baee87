package org.thirdspace.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver — nothing is downloaded. One
 * instance is one person's browser (its own profile and cookies).
 */
final class Chromium implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    Chromium() throws IOException {
        profile = Files.createTempDirectory("thirdspace-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thirdspace.browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB");
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

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by)).click();
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

    void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("thirdspace.browser.screenshots", "target/browser")));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            // a missing screenshot does not change the verdict
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
