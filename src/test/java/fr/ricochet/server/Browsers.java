package fr.ricochet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven headless, offline: the driver path is given so Selenium Manager never tries to
 * download one. Missing browser or driver fails the test with what to install; browser tests are never skipped.
 */
final class Browsers {

    static final String CHROMIUM = System.getenv().getOrDefault("RICOCHET_TEST_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("RICOCHET_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    static ChromeDriver chrome(boolean javascript, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new AssertionError("Browser tests need Debian's chromium (" + CHROMIUM + ") and chromium-driver ("
                    + DRIVER + "): run `bash .ci/test`, or `apt-get install chromium chromium-driver`.");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        Path profile;
        try {
            profile = Files.createTempDirectory("ricochet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=fr-FR",
                "--force-device-scale-factor=1");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return new ChromeDriver(options);
    }

    /** What the window shows now, after scrolling the element to the top. */
    static void viewport(ChromeDriver driver, org.openqa.selenium.WebElement top, String name) {
        driver.executeScript("arguments[0].scrollIntoView(true)", top);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page: the window is stretched to the document's height first, at the same width. */
    static void screenshot(ChromeDriver driver, String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        driver.executeScript("window.scrollTo(0, 0)");
        Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
