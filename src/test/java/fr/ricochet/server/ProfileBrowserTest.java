package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.rules.profile.ProfileWindow;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.testing.Profiles;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor opened from the audit page's link, {@code /?profile=ID}: calibrated on the account, and saying so. */
class ProfileBrowserTest {

    private static final String DRAFT = "Nouveaux horaires de la médiathèque : ouverte le dimanche. Venez ! #Lecture";
    static TestServer server;
    static ChromeDriver driver;
    static String id;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        HttpResponse<String> created = server.send(server.request("/api/v1/profiles")
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(
                        ProfileWriter.yaml(Profiles.profile("x", List.of(Profiles.IMAGE_TWICE), List.of())))));
        id = TestServer.json(created).get("id").textValue();
        driver = Browsers.chrome(true, 1280, 1000);
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

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void theEditorWithAProfileIdShowsTheCalibratedMarkAndWhatRestsOnTheAccount() throws Exception {
        driver.get(server.uri("/?lang=fr&profile=" + id).toString());
        driver.executeScript("sessionStorage.clear()");
        assertThat(driver.findElement(By.cssSelector("[data-testid=profile]")).getAttribute("value")).isEqualTo(id);
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(DRAFT);
        String calibrated = waiting().until(d -> {
            List<WebElement> marks = d.findElements(By.cssSelector("[data-testid=calibrated]"));
            return marks.isEmpty() ? null : marks.get(0).getAttribute("textContent");
        });
        assertThat(calibrated).isEqualTo("Calibré sur @mediatheque (412\u00A0messages)");
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding-basis]")))
                .extracting(WebElement::getText).isNotEmpty().allMatch("d'après vos données"::equals);
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("editor-calibrated.png"), driver.getScreenshotAs(OutputType.BYTES));
        // Reloaded in the same tab, the profile is remembered like the other fields.
        driver.get(server.uri("/?lang=fr").toString());
        String remembered = waiting().until(d -> {
            String value = d.findElement(By.cssSelector("[data-testid=profile]")).getAttribute("value");
            return value.isEmpty() ? null : value;
        });
        assertThat(remembered).isEqualTo(id);
    }

    @Test
    void theHeatMapShowsTheAccountsOwnWindows() {
        HttpResponse<String> created = server.send(server.request("/api/v1/profiles")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        ProfileWriter.json(Profiles.profile("x", List.of(), List.of(Profiles.SUNDAY_EVENING,
                                new ProfileWindow(java.time.DayOfWeek.SATURDAY, 21, 24, 1.5, 30)))))));
        String own = TestServer.json(created).get("id").textValue();
        PageHttpTest.Visit visit = PageHttpTest.Visit.of(server);
        HttpResponse<String> page = PageHttpTest.post(server, Map.of("_csrf", visit.token(), "text", DRAFT,
                "networks", "x", "profile", own, "date", "2026-12-01", "time", "10:30"), "Accept", "text/html",
                "Cookie", visit.cookie());
        assertThat(page.body()).contains("dim. 18:00–21:00 (les données de votre compte (412\u00A0messages, "
                + "2024-01 → 2025-11))", "sam. 21:00–24:00").doesNotContain("Sprout Social");
    }

    @Test
    void withoutJavaScriptTheFormIsCalibratedTooAndAnUnknownIdIsSaidAndTheDraftKept() {
        PageHttpTest.Visit visit = PageHttpTest.Visit.of(server);
        HttpResponse<String> page = PageHttpTest.post(server, Map.of("_csrf", visit.token(), "text", DRAFT,
                "networks", "x", "profile", id), "Accept", "text/html", "Cookie", visit.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Calibré sur @mediatheque (412\u00A0messages)", "d&#39;après vos données");
        HttpResponse<String> unknown = PageHttpTest.post(server, Map.of("_csrf", visit.token(), "text", DRAFT,
                "networks", "x", "profile", "nothing-stored"), "Accept", "text/html", "Cookie", visit.cookie());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).doesNotContain("Calibré sur");
        assertThat(unknown.body()).contains("aucun profil de calibration enregistré", "Nouveaux horaires de la médiathèque");
    }
}
