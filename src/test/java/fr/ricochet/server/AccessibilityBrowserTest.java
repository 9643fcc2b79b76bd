package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, in the states a user meets it, audited in Chromium with axe-core against WCAG 2.1 A and AA
 * (contrast, labels, names, landmarks, ARIA, language of the page). A violation fails the test with its rule,
 * its help text and the elements at fault.
 */
class AccessibilityBrowserTest {

    static TestServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        driver = Browsers.chrome(true, 1280, 1000);
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

    /** The violations on the page as it is now, one line each; empty when the page passes. */
    private static List<String> violations() throws IOException {
        return Axe.violations(driver);
    }

    private static void open(String path) {
        driver.manage().deleteAllCookies();
        driver.get(server.uri(path).toString());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void theEditorEmptyAndWithAnAnalysisInBothLanguages() throws IOException {
        for (String language : List.of("fr", "en")) {
            open("/?lang=" + language);
            assertThat(violations()).as("empty editor, " + language).isEmpty();
            driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(
                    "Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree #culture #livres @ami");
            waiting().until(d -> !d.findElements(By.cssSelector("[data-result]:not([data-stale]) [data-testid=highlight]"))
                    .isEmpty());
            assertThat(violations()).as("editor with findings, " + language).isEmpty();
            driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(" !");
            assertThat(violations()).as("editor with a result out of date, " + language).isEmpty();
        }
    }

    @Test
    void theEditorWithAFindingsCardOpenAndAllFindingsShown() throws IOException {
        open("/?lang=fr");
        for (WebElement box : driver.findElements(By.cssSelector("input[name=networks]:not(:checked)"))) {
            box.click();
        }
        WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
        draft.sendKeys(EditorBrowserTest.MANY);
        waiting().until(d -> !d.findElements(By.cssSelector("[data-result]:not([data-stale]) [data-testid=findings-show-all]"))
                .isEmpty());
        driver.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", draft);
        draft.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        waiting().until(d -> d.findElement(By.cssSelector("[data-testid=finding-card]")).isDisplayed());
        assertThat(violations()).as("a finding's card open in the draft").isEmpty();
        draft.sendKeys(Keys.ESCAPE);
        driver.findElement(By.cssSelector("[data-testid=findings-show-all] summary")).click();
        assertThat(violations()).as("every finding shown").isEmpty();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            assertThat(violations()).as("every finding shown, phone").isEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theTipsAndAnErrorPage() throws IOException {
        open("/tips?lang=fr");
        assertThat(violations()).as("tips").isEmpty();
        open("/tips?lang=en");
        assertThat(violations()).as("tips, en").isEmpty();
        open("/no-such-page");
        assertThat(violations()).as("404 page").isEmpty();
    }

    @Test
    void theWorkshopPagesForTheTrainerAndAParticipant() throws IOException {
        open("/workshops/new");
        assertThat(violations()).as("new workshop form").isEmpty();
        JsonNode created = TestServer.json(server.postJson("/api/v1/workshops", "{\"title\": \"Atelier médiathèque\","
                + " \"brief\": \"Annoncez la soirée jeux\", \"networks\": [\"x\", \"mastodon\"],"
                // A planned time outside the good windows: its advice is shown apart, on both sides.
                + " \"plannedAt\": \"2026-12-05T23:30:00+01:00\", \"timeZone\": \"Europe/Paris\"}"));
        String code = created.get("joinCode").asText();

        open("/workshops/join");
        assertThat(violations()).as("join form").isEmpty();
        driver.findElement(By.id("ws-code")).sendKeys(code);
        driver.findElement(By.id("ws-pseudonym")).sendKeys("Léa");
        driver.findElement(By.cssSelector("[data-testid=join]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hello]")));
        assertThat(violations()).as("participant page").isEmpty();
        for (int submission = 1; submission <= 2; submission++) {
            driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(" à 18h, venez jouer ! #Jeux");
            driver.findElement(By.cssSelector("[data-testid=workshop-submit]")).click();
            waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=history] > li"),
                    submission));
        }
        assertThat(violations()).as("participant page with two submissions").isEmpty();
        server.postJson("/api/v1/workshops/" + code + "/close", "{}", "X-Trainer-Token",
                created.get("trainerToken").asText());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=closed-draft]")));
        assertThat(violations()).as("participant page as its polling sees the close").isEmpty();
        driver.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=closed]")));
        assertThat(violations()).as("participant page of a closed workshop, draft kept to copy").isEmpty();

        open(created.get("trainerUrl").asText().replaceFirst("^https?://[^/]+", ""));
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rows tr"), 1));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=trainer-planned]")));
        driver.findElement(By.cssSelector("[data-testid=before-after]")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison .side"), 2));
        assertThat(violations()).as("trainer dashboard, a participant's first and latest drafts compared").isEmpty();
    }
}
