package fr.ricochet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven headless, offline: the driver path is given so Selenium Manager never tries to
 * download one. Each browser has its own profile, so its own cookie jar. A missing browser or driver fails
 * the test with what to install; browser tests are never skipped.
 */
public final class Browsers {

    static final String CHROMIUM = System.getenv().getOrDefault("RICOCHET_TEST_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = System.getenv().getOrDefault("RICOCHET_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    /** A French browser in a fresh profile, with or without JavaScript. */
    public static ChromeDriver chrome(boolean javascript, int width, int height) {
        Map<String, Object> prefs = new HashMap<>();
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        try {
            return start(Files.createTempDirectory("ricochet-chromium"), width, height, prefs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A French browser in the given profile that saves downloads into {@code downloads} without asking. */
    public static ChromeDriver open(Path profile, Path downloads, int width, int height) {
        return start(profile, width, height, Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
    }

    private static ChromeDriver start(Path profile, int width, int height, Map<String, Object> prefs) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new AssertionError("Browser tests need Debian's chromium (" + CHROMIUM + ") and chromium-driver ("
                    + DRIVER + "): run `bash .ci/test`, or `apt-get install chromium chromium-driver`.");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--lang=fr-FR", "--accept-lang=fr-FR,fr", "--force-device-scale-factor=1");
        Map<String, Object> allPrefs = new HashMap<>(prefs);
        allPrefs.put("intl.accept_languages", "fr-FR,fr");
        options.setExperimentalOption("prefs", allPrefs);
        return new ChromeDriver(options);
    }

    /** What the window shows now, after scrolling the element to the top. */
    public static void viewport(WebDriver driver, WebElement top, String name) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", top);
        save(driver, name);
    }

    /** What the window shows, from the top of the page. */
    public static void viewport(WebDriver driver, String name) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        save(driver, name);
    }

    /** The whole page: the window is stretched to the document's height for the shot, then put back. */
    public static void screenshot(WebDriver driver, String name) {
        Dimension size = driver.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            save(driver, name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private static void save(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
