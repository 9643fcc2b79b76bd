package fr.ricochet.server.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, each session with its own profile (its own cookie jar). Missing
 * browser or driver fail the test with the fix, never skip it: Selenium Manager cannot download one here.
 */
final class Browsers {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    /** A fresh browser downloading into {@code downloads}, at a phone width when {@code width} is small. */
    static WebDriver open(Path profile, Path downloads, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException(CHROMIUM + " and " + DRIVER + " are needed: apt-get install chromium "
                    + "chromium-driver (bash .ci/test installs them)");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--lang=fr-FR", "--accept-lang=fr-FR,fr", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath()
                .toString(), "download.prompt_for_download", false, "intl.accept_languages", "fr-FR,fr"));
        return new ChromeDriver(options);
    }

    /** What the window shows, from the top of the page. */
    static void viewport(WebDriver driver, String name) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page: the window is stretched to the document's height for the shot, then put back. */
    static void screenshot(WebDriver driver, String name) {
        Dimension size = driver.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
