package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.archive.PlantedAccounts;
import fr.ricochet.archive.SyntheticArchives;
import fr.ricochet.report.ReportJson;
import fr.ricochet.server.Axe;
import fr.ricochet.server.Browsers;
import fr.ricochet.server.TestServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit page in Chromium, end to end on real X archives written by the planted accounts' fixture: a trainer
 * uploads an export with its audience's zone, watches the progress bar, reads the result in French and English,
 * downloads its files, saves the profile and checks a draft with it; bad files; the form without JavaScript;
 * axe, the keyboard and a phone. Screenshots in target/screenshots/.
 */
class AuditPageBrowserTest {

    /**
     * Not the default zone, so that keeping it is something a test can see, and Paris's hours, the planted accounts'
     * own: in Montreal their daytime posts would rightly read as night posting.
     */
    static final String ZONE = "Europe/Brussels";
    static final By RESULT = By.cssSelector("[data-testid=audit-result]");
    static final By STATUS = By.cssSelector("[data-testid=audit-status]");

    static TestServer server;
    static Path files;
    static Path downloads;
    static Path imageLover;
    static Path bot;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        files = Files.createTempDirectory("ricochet-audit-browser");
        downloads = Files.createDirectories(files.resolve("downloads"));
        imageLover = Files.write(files.resolve("twitter-musee.zip"), SyntheticArchives.xArchive(PlantedAccounts.imageLover()));
        bot = Files.write(files.resolve("twitter-bot.zip"), SyntheticArchives.xArchive(PlantedAccounts.iftttBot()));
        driver = Browsers.open(Files.createDirectories(files.resolve("profile")), downloads, 1280, 1000);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriverWait waiting(ChromeDriver browser) {
        // An audit of 800 posts runs the engine on each: generous, so that a loaded machine is not a failure.
        return new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    static void open(ChromeDriver browser, String path) {
        browser.manage().deleteAllCookies();
        browser.get(server.uri(path).toString());
    }

    /** Fills the form as a person would (the file through its input, the zone from the list) without sending it. */
    static void fill(ChromeDriver browser, Path archive, String zone) {
        new Select(browser.findElement(By.cssSelector("[data-testid=audit-tz]"))).selectByValue(zone);
        if (archive != null) {
            browser.findElement(By.cssSelector("[data-testid=audit-archive]")).sendKeys(archive.toAbsolutePath().toString());
        }
    }

    /**
     * Records every state the progress bar and the status go through, from now on: an upload from the same machine
     * is over before a test could look, but an observer sees each change as it happens.
     */
    static void watchProgress(ChromeDriver browser) {
        browser.executeScript("""
                window.auditSeen = [];
                const box = document.querySelector('[data-progress]');
                const bar = box.querySelector('progress');
                const status = document.querySelector('[data-testid=audit-status]');
                const note = () => window.auditSeen.push({hidden: box.hidden, value: bar.getAttribute('value'),
                    max: bar.max, label: bar.labels[0].textContent, status: status.textContent,
                    busy: document.querySelector('[data-testid=audit-form]').getAttribute('aria-busy')});
                new MutationObserver(note).observe(document.querySelector('[data-testid=audit-form]'),
                    {attributes: true, childList: true, characterData: true, subtree: true});
                """);
    }

    /** Uploads through the page's script and waits for its result. */
    static WebElement upload(ChromeDriver browser, Path archive, String zone) {
        fill(browser, archive, zone);
        watchProgress(browser);
        browser.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
        return waiting(browser).until(ExpectedConditions.presenceOfElementLocated(RESULT));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> progressSeen(ChromeDriver browser) {
        return (List<Map<String, Object>>) browser.executeScript("return window.auditSeen");
    }

    /** The element's text as written, no-break spaces included (WebDriver's getText turns them into spaces). */
    static String text(ChromeDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getAttribute("textContent").strip();
    }

    /**
     * Each bar's height on the screen per post it counts, relative to the tallest bar's: all 1 when the bars are
     * drawn to scale (a style sheet's {@code height} on a class would squash them all to one height).
     */
    @SuppressWarnings("unchecked")
    static List<Double> barHeightsPerPost(ChromeDriver browser, String chart) {
        List<Number> ratios = (List<Number>) browser.executeScript("""
                const bars = [...document.querySelectorAll(`[data-testid=audit-chart-${arguments[0]}] rect[data-count]`)]
                  .filter(b => Number(b.dataset.count) > 0)
                  .map(b => b.getBoundingClientRect().height / Number(b.dataset.count));
                const top = Math.max(...bars);
                return bars.map(r => r / top);
                """, chart);
        assertThat(ratios).as(chart + " has bars").isNotEmpty();
        return ratios.stream().map(Number::doubleValue).toList();
    }

    /** The pairs of a chart's texts (labels, ticks, keys) whose boxes on the screen overlap. */
    @SuppressWarnings("unchecked")
    static List<String> overlappingTexts(ChromeDriver browser, WebElement svg) {
        return (List<String>) browser.executeScript("""
                const boxes = [...arguments[0].querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
                const found = [];
                boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
                  if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
                    found.push(a + ' / ' + b);
                  }
                }));
                return found;
                """, svg);
    }

    static int percent(WebElement progress) {
        String value = progress.getAttribute("value");
        return value == null ? 0 : (int) Double.parseDouble(value);
    }

    @Test
    void aTrainerUploadsAnArchiveSeesItsProgressThenTheWholeResultInFrenchAndEnglish() throws IOException {
        record Expected(String lang, String progress, String uploading, String analysing, String verdict,
                String signals, String format, String account, String figure, String foreign) {
        }
        for (Expected expected : List.of(
                new Expected("fr", "Progression de l'envoi", "Envoi de l'archive\u00A0: ", "Analyse en cours…",
                        "Se lit comme une personne", "Les signaux d'automatisation", "export X · ", "fuseau " + ZONE,
                        "Mesure\u00A0:", " posts "),
                new Expected("en", "Upload progress", "Uploading the archive: ", "Analysing…", "Reads as a person",
                        "Robot-likeness signals", "X export · ", ZONE + " time", "Measured:", " publications "))) {
            String lang = expected.lang();
            open(driver, "/audit?lang=" + lang);
            assertThat(Axe.violations(driver)).as("the empty form, " + lang).isEmpty();
            fill(driver, imageLover, ZONE);
            watchProgress(driver);
            // The upload slowed to about four seconds, as from a trainer's office line, so the bar can be seen moving.
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", Files.size(imageLover) / 4));
            WebElement progress = driver.findElement(By.cssSelector("[data-testid=audit-progress]"));
            try {
                driver.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
                waiting(driver).until(d -> progress.isDisplayed() && percent(progress) > 0);
                assertThat(progress.getAriaRole()).isEqualTo("progressbar");
                assertThat(progress.getAccessibleName()).isEqualTo(expected.progress());
                assertThat(text(driver, "[data-testid=audit-status]")).startsWith(expected.uploading());
                assertThat(driver.findElement(By.cssSelector("[data-testid=audit-submit]")).isEnabled())
                        .as("one upload at a time").isFalse();
                Browsers.viewport(driver, driver.findElement(By.cssSelector("[data-testid=audit-form]")),
                        "audit-progress-" + lang);
            } finally {
                driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                        "downloadThroughput", -1, "uploadThroughput", -1));
            }
            WebElement result = waiting(driver).until(ExpectedConditions.presenceOfElementLocated(RESULT));
            assertThat(progressSeen(driver)).as("then the analysis said, the bar without a figure")
                    .anyMatch(s -> Boolean.FALSE.equals(s.get("hidden")) && s.get("value") == null
                            && expected.analysing().equals(s.get("status")) && expected.analysing().equals(s.get("label")));
            assertThat(progress.isDisplayed()).as("the bar gone with the result").isFalse();
            assertThat(driver.switchTo().activeElement()).as("the result takes the focus").isEqualTo(result);

            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            assertThat(text(driver, "[data-testid=audit-account]")).contains("@musee_des_images", expected.format(),
                    expected.account());
            WebElement verdict = driver.findElement(By.cssSelector("[data-testid=audit-verdict]"));
            assertThat(verdict.getAttribute("data-verdict")).isEqualTo("human");
            assertThat(verdict.findElement(By.className("verdict-value")).getText()).isEqualTo(expected.verdict());
            assertThat(verdict.findElements(By.tagName("li"))).as("its reasons").isNotEmpty()
                    .allMatch(li -> !li.getText().isBlank());
            assertThat(text(driver, "#audit-signals-title")).isEqualTo(expected.signals());
            List<WebElement> signals = driver.findElements(By.cssSelector("[data-testid=audit-signal]"));
            assertThat(signals).hasSize(10);
            for (WebElement signal : signals) {
                assertThat(signal.findElement(By.className("figure")).getAttribute("textContent")).startsWith(expected.figure());
            }
            assertThat(driver.findElement(By.cssSelector("[data-signal=follow-back]")).getAttribute("class"))
                    .doesNotContain("flagged");

            for (String chart : List.of("heat", "histogram", "trend", "forest")) {
                WebElement svg = driver.findElement(By.cssSelector("[data-testid=audit-chart-" + chart + "] svg"));
                assertThat(svg.getAriaRole()).as(chart).isEqualTo("image"); // role="img", as Chromium names it
                String title = svg.findElement(By.tagName("title")).getAttribute("textContent");
                String description = svg.findElement(By.tagName("desc")).getAttribute("textContent");
                assertThat(title).as(chart).isNotBlank();
                assertThat(description).as(chart).isNotBlank();
                assertThat(svg.getAccessibleName()).as("what a screen reader reads for the " + chart)
                        .isEqualTo(title + " " + description);
                assertThat(svg.getSize().getWidth()).as(chart + " drawn").isGreaterThan(300);
                assertThat(overlappingTexts(driver, svg)).as("texts of the " + chart + " that run into each other")
                        .isEmpty();
            }
            for (String chart : List.of("histogram", "trend")) {
                assertThat(barHeightsPerPost(driver, chart)).as("the %s's bars drawn as tall as their counts, "
                        + "whatever the site's styles", chart).allSatisfy(h -> assertThat(h).isCloseTo(1.0,
                                org.assertj.core.data.Offset.offset(0.15)));
            }
            assertThat(driver.findElements(By.cssSelector("[data-testid=audit-findings] tbody tr"))).isNotEmpty();
            List<WebElement> effects = driver.findElements(By.cssSelector("[data-testid=audit-effects] tbody tr"));
            assertThat(effects).isNotEmpty();
            assertThat(effects).filteredOn(row -> row.getAttribute("class").contains("significant"))
                    .extracting(row -> row.findElement(By.tagName("th")).getAttribute("textContent"))
                    .as("the planted effect, and only it").containsExactly(lang.equals("fr") ? "Avec image"
                            : "With an image");
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).as("nothing in the other language").doesNotContain(expected.foreign());
            assertThat(new Select(driver.findElement(By.cssSelector("[data-testid=audit-tz]")))
                    .getFirstSelectedOption().getAttribute("value")).as("the zone kept").isEqualTo(ZONE);

            assertThat(Axe.violations(driver)).as("the result, " + lang).isEmpty();
            for (WebElement details : driver.findElements(By.cssSelector("[data-testid=audit-result] details"))) {
                driver.executeScript("arguments[0].open = true", details);
            }
            assertThat(Axe.violations(driver)).as("the result with every table and example open, " + lang).isEmpty();
            Browsers.screenshot(driver, "audit-result-" + lang);
        }
    }

    @Test
    void theBotsArchiveReadsAsARobotWithItsSignalsFlagged() {
        open(driver, "/audit?lang=fr");
        upload(driver, bot, "Europe/Paris");
        assertThat(driver.findElement(By.cssSelector("[data-testid=audit-verdict]")).getAttribute("data-verdict"))
                .isEqualTo("robot");
        List<String> flagged = driver.findElements(By.cssSelector("[data-testid=audit-signal].flagged")).stream()
                .map(s -> s.getAttribute("data-signal")).toList();
        assertThat(flagged).contains("monotony", "near-duplicates", "regular-intervals", "automation-source");
        String reasons = text(driver, "[data-testid=audit-verdict] ul");
        for (WebElement card : driver.findElements(By.cssSelector("[data-testid=audit-signal].flagged"))) {
            String name = card.findElement(By.cssSelector("h4 > span")).getAttribute("textContent");
            if (List.of("monotony", "near-duplicates", "regular-intervals", "automation-source")
                    .contains(card.getAttribute("data-signal"))) {
                assertThat(reasons).as("the verdict names the signal as its card does").contains(name);
            }
        }
        assertThat(driver.findElements(By.cssSelector("[data-testid=audit-calibration]"))).hasSize(1);
        Browsers.screenshot(driver, "audit-result-robot-fr");
    }

    @Test
    void everyDownloadIsTheFileItNamesWithTheContentOfTheApisAnswer() throws Exception {
        open(driver, "/audit?lang=fr");
        upload(driver, imageLover, ZONE);
        byte[] archive = Files.readAllBytes(imageLover);
        JsonNode api = TestServer.json(api("/api/v1/audits?lang=fr&tz=" + ZONE, archive, "application/json"));
        List<WebElement> links = driver.findElements(By.cssSelector("[data-testid^=audit-download-]"));
        assertThat(links).extracting(l -> l.getAttribute("data-testid")).containsExactlyInAnyOrder(
                "audit-download-json", "audit-download-signals", "audit-download-effects", "audit-download-months",
                "audit-download-findings", "audit-download-report", "audit-download-profile-json",
                "audit-download-profile-yaml");
        for (WebElement link : links) {
            String id = link.getAttribute("data-testid").substring("audit-download-".length());
            String name = link.getAttribute("download");
            String href = link.getAttribute("href");
            String expectedType = switch (id) {
                case "json", "profile-json" -> "application/json";
                case "profile-yaml" -> "application/yaml";
                case "report" -> "text/html";
                default -> "text/csv";
            };
            assertThat(href).as(id).startsWith("data:" + expectedType + ";charset=utf-8,");
            link.click();
            String saved = downloaded(name);
            assertThat(saved).as("the file saved is the link's content").isEqualTo(URLDecoder.decode(
                    href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8));
            switch (id) {
                case "json" -> assertThat(ReportJson.mapper().readTree(saved)).isEqualTo(api);
                case "profile-json" -> assertThat(ReportJson.mapper().readTree(saved)).isEqualTo(api.at("/calibration/profile"));
                case "profile-yaml" -> assertThat(new YAMLMapper().readTree(saved).get("account").asText())
                        .isEqualTo(api.at("/calibration/profile/account").asText());
                case "report" -> assertThat(saved).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\"",
                        "Audit du compte @musee_des_images", "<svg").doesNotContain("<script");
                default -> {
                    HttpResponse<String> csv = api("/api/v1/audits?lang=fr&format=csv&tz=" + ZONE + "&table=" + id,
                            archive, "text/csv");
                    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
                    assertThat(saved).as(id).isEqualTo(csv.body());
                }
            }
        }
    }

    static HttpResponse<String> api(String path, byte[] archive, String accept) {
        HttpResponse<String> answer = server.send(server.request(path, "Accept", accept)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** The file the browser saved under this name, once it is whole. */
    static String downloaded(String name) {
        Path file = downloads.resolve(name);
        waiting(driver).until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        try {
            String content = Files.readString(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSavedProfileOpensTheEditorCalibratedOnTheAccount() {
        open(driver, "/audit?lang=fr");
        upload(driver, imageLover, ZONE);
        driver.findElement(By.cssSelector("[data-testid=audit-save-profile]")).click();
        WebElement link = waiting(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=audit-profile-link]")));
        String href = link.getAttribute("href");
        assertThat(href).matches(".*/\\?profile=[A-Za-z0-9_-]{16,}");
        String id = href.substring(href.indexOf("profile=") + "profile=".length());
        assertThat(text(driver, "[data-testid=audit-save-status]")).contains(id);
        assertThat(server.get("/api/v1/profiles/" + id).statusCode()).as("stored").isEqualTo(200);
        Browsers.viewport(driver, driver.findElement(By.cssSelector("[data-testid=audit-save-status]")),
                "audit-profile-saved");

        link.click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=draft]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=profile]")).getAttribute("value")).isEqualTo(id);
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(
                "Nouvelle exposition au musée ce week-end : venez découvrir les gravures du XIXe siècle.");
        String calibrated = waiting(driver).until(d -> {
            List<WebElement> marks = d.findElements(By.cssSelector("[data-testid=calibrated]"));
            return marks.isEmpty() ? null : marks.get(0).getAttribute("textContent");
        });
        assertThat(calibrated).isEqualTo("Calibré sur @musee_des_images (800\u00A0messages)");
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding-basis]")))
                .as("the image tip rests on the account's own figure").extracting(WebElement::getText)
                .isNotEmpty().allMatch("d'après vos données"::equals);
        Browsers.screenshot(driver, "audit-profile-editor");
    }

    @Test
    void aBadFileIsSaidClearlyInEachLanguageAndTheFormIsKept() throws IOException {
        Path broken = Files.write(files.resolve("archive-cassee.zip"), "PK\u0003\u0004 pas vraiment un zip"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path text = Files.writeString(files.resolve("notes.txt"), "Bonjour, voici mes notes.");
        Path empty = Files.write(files.resolve("vide.zip"), new byte[0]);
        for (String lang : List.of("fr", "en")) {
            open(driver, "/audit?lang=" + lang);
            fill(driver, null, ZONE);
            driver.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
            WebElement input = driver.findElement(By.cssSelector("[data-testid=audit-archive]"));
            assertThat(driver.findElements(RESULT)).as("nothing sent without a file").isEmpty();
            assertThat((Boolean) driver.executeScript("return arguments[0].matches(':invalid')", input)).isTrue();
            for (Path file : List.of(broken, text, empty)) {
                fill(driver, file, ZONE);
                watchProgress(driver);
                driver.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
                waiting(driver).until(d -> progressSeen(driver).stream().anyMatch(s -> "true".equals(s.get("busy")))
                        && d.findElement(By.cssSelector("[data-testid=audit-form]")).getAttribute("aria-busy") == null);
                WebElement status = driver.findElement(STATUS);
                assertThat(status.getAttribute("class")).contains("error");
                String message = status.getAttribute("textContent");
                assertThat(message).as(file + ", " + lang).startsWith(lang.equals("fr") ? "L'audit n'a pas abouti\u00A0: "
                        : "The audit did not complete: ").doesNotContain("Exception", "\tat ", "java.");
                assertThat(message).as("the file named").contains(file.getFileName().toString());
                if (file == broken) {
                    assertThat(message).as("said damaged").contains(lang.equals("fr") ? "endommagée" : "damaged");
                }
                if (file == empty) {
                    assertThat(message).as("said empty, with what is allowed").contains(lang.equals("fr") ? "est vide"
                            : "is empty").contains("zip", "csv");
                }
                assertThat(message).doesNotContain(lang.equals("fr") ? " the " : " le ");
                assertThat(new Select(driver.findElement(By.cssSelector("[data-testid=audit-tz]")))
                        .getFirstSelectedOption().getAttribute("value")).as("the zone kept").isEqualTo(ZONE);
                assertThat(driver.findElement(By.cssSelector("[data-testid=audit-progress]")).isDisplayed()).isFalse();
                assertThat(driver.findElement(By.cssSelector("[data-testid=audit-submit]")).isEnabled()).isTrue();
            }
            assertThat(Axe.violations(driver)).as("the page with an error, " + lang).isEmpty();
            Browsers.viewport(driver, "audit-error-" + lang);
        }
    }

    @Test
    void withoutJavaScriptThePlainFormUploadsAndShowsTheResultOrTheProblemWithTheZoneKept() throws IOException {
        ChromeDriver plain = Browsers.chrome(false, 1280, 1000);
        try {
            for (String lang : List.of("fr", "en")) {
                open(plain, "/audit?lang=" + lang);
                WebElement before = plain.findElement(By.cssSelector("[data-testid=audit-form]"));
                fill(plain, bot, ZONE);
                plain.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
                gone(plain, before);
                waiting(plain).until(ExpectedConditions.presenceOfElementLocated(RESULT));
                assertThat(plain.findElement(By.cssSelector("[data-testid=audit-verdict] .verdict-value")).getText())
                        .isEqualTo(lang.equals("fr") ? "Se lit comme un robot" : "Reads as a robot");
                assertThat(plain.findElements(By.cssSelector("[data-testid=audit-signal]"))).hasSize(10);
                assertThat(plain.findElements(By.cssSelector("[data-testid=audit-result] svg"))).hasSize(4);
                assertThat(new Select(plain.findElement(By.cssSelector("[data-testid=audit-tz]")))
                        .getFirstSelectedOption().getAttribute("value")).isEqualTo(ZONE);
                assertThat(plain.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);

                Path text = Files.writeString(files.resolve("notes.txt"), "Bonjour, voici mes notes.");
                before = plain.findElement(By.cssSelector("[data-testid=audit-form]"));
                fill(plain, text, ZONE);
                plain.findElement(By.cssSelector("[data-testid=audit-submit]")).click();
                gone(plain, before);
                String errors = waiting(plain).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=audit-errors]"))).getText();
                assertThat(errors).contains("notes.txt").doesNotContain("Exception", "java.");
                assertThat(plain.findElements(RESULT)).isEmpty();
                assertThat(new Select(plain.findElement(By.cssSelector("[data-testid=audit-tz]")))
                        .getFirstSelectedOption().getAttribute("value")).as("the zone kept after a refusal")
                        .isEqualTo(ZONE);
                assertThat(plain.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                Browsers.viewport(plain, "audit-noscript-error-" + lang);
            }
        } finally {
            plain.quit();
        }
    }

    /** A form post loads a new page: wait until the old one is gone. */
    static void gone(ChromeDriver browser, WebElement fromOldPage) {
        waiting(browser).until(d -> {
            try {
                fromOldPage.isEnabled();
                return false;
            } catch (WebDriverException unloaded) {
                return true;
            }
        });
    }

    @Test
    void theKeyboardReachesTheFileTheZoneAndTheButtonWithAVisibleFocus() {
        open(driver, "/audit?lang=fr");
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 40 && !reached.contains("audit-submit"); press++) {
            // Pressed on the page, not sent to an element: keys sent to a file input would be taken for a path.
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String id = String.valueOf(focused.getAttribute("data-testid"));
            if (List.of("audit-archive", "audit-tz", "audit-submit").contains(id)) {
                reached.add(id);
                assertThat(focusRing(focused)).as("a visible focus on " + id).isTrue();
            }
        }
        assertThat(reached).containsExactly("audit-archive", "audit-tz", "audit-submit");
    }

    /** Whether the focused element draws the site's focus ring (an outline or a ring of shadow). */
    static boolean focusRing(WebElement element) {
        String outline = element.getCssValue("outline-style");
        double width = Double.parseDouble(element.getCssValue("outline-width").replace("px", ""));
        return !outline.equals("none") && width >= 2 || !element.getCssValue("box-shadow").equals("none");
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() throws IOException {
        ChromeDriver phone = Browsers.chrome(true, 390, 844);
        phone.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            for (String lang : List.of("fr", "en")) {
                open(phone, "/audit?lang=" + lang);
                assertThat(width(phone)).as("the form, %s: %s", lang, wider(phone)).isLessThanOrEqualTo(390);
                upload(phone, imageLover, ZONE);
                for (WebElement details : phone.findElements(By.cssSelector("[data-testid=audit-result] details"))) {
                    phone.executeScript("arguments[0].open = true", details);
                }
                assertThat(width(phone)).as("the result, %s: %s", lang, wider(phone)).isLessThanOrEqualTo(390);
                assertThat(Axe.violations(phone)).as("the result on a phone, every table open, " + lang).isEmpty();
                WebElement heat = phone.findElement(By.cssSelector("[data-testid=audit-chart-heat] svg"));
                assertThat(heat.findElement(By.tagName("text")).getSize().getHeight()).as("the heat map's labels "
                        + "legible on a phone").isGreaterThanOrEqualTo(9);
                Browsers.viewport(phone, phone.findElement(RESULT), "audit-phone-" + lang);
                Browsers.viewport(phone, phone.findElement(By.cssSelector("[data-testid=audit-chart-heat]")),
                        "audit-phone-heat-" + lang);
            }
        } finally {
            phone.quit();
        }
    }

    private static long width(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /** The elements that stick out on the right, to say which when the page is too wide. */
    private static Object wider(ChromeDriver browser) {
        return browser.executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 8).join(', ')");
    }
}
