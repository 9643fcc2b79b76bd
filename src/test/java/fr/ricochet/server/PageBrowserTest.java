package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor in a real browser with JavaScript: live analysis, fixes, language, escaping, phone width. */
class PageBrowserTest {

    static final String DRAFT = "Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree #culture #livres";

    static TestServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
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

    @BeforeEach
    void freshPage() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().deleteAllCookies();
        driver.get(server.uri("/?lang=fr").toString());
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
    }

    /** The result panel is swapped whole at each analysis: an element read as it goes is simply read again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    String score() {
        return waiting().until(d -> {
            List<WebElement> scores = d.findElements(By.cssSelector("[data-testid=score]"));
            return scores.isEmpty() ? null : scores.get(0).getText();
        });
    }

    @Test
    void typingADraftShowsScoreHighlightsAndPreviewsWithoutReload() {
        driver.executeScript("window.__sameDocument = true");
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(DRAFT);
        assertThat(Integer.parseInt(score())).isBetween(0, 100);
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=highlight]")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=preview]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("[data-testid=rewrite]")).getText()).contains("Salut").doesNotContain("!!!");
        assertThat(driver.executeScript("return window.__sameDocument")).isEqualTo(true);
        // Each highlight is reachable by keyboard and points at its finding in the list.
        WebElement mark = driver.findElement(By.cssSelector("[data-testid=highlight]"));
        driver.executeScript("arguments[0].focus()", mark);
        assertThat(driver.switchTo().activeElement()).isEqualTo(mark);
        assertThat(mark.getAttribute("data-msg")).isNotBlank();
        String finding = mark.getAttribute("aria-describedby").split(" ")[0];
        assertThat(driver.findElement(By.id(finding)).getAttribute("data-testid")).isEqualTo("finding");
        Browsers.screenshot(driver, "editor-live");
    }

    @Test
    void applyingASuggestionEditsTheDraftAndChangesTheScore() {
        WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
        draft.sendKeys(DRAFT);
        String before = score();
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=suggestion-apply]")).isEmpty());
        // Apply fixes until the score moves: each apply re-analyses the edited draft.
        for (int i = 0; i < 6 && score().equals(before); i++) {
            String text = draft.getAttribute("value");
            driver.findElement(By.cssSelector("[data-testid=suggestion-apply]")).click();
            waiting().until(d -> !draft.getAttribute("value").equals(text));
            waiting().until(d -> d.findElement(By.cssSelector("[data-status]")).getText().contains("/ 100"));
        }
        assertThat(draft.getAttribute("value")).isNotEqualTo(DRAFT);
        assertThat(score()).isNotEqualTo(before);
        driver.findElement(By.cssSelector("[data-testid=rewrite-use]")).click();
        Browsers.screenshot(driver, "editor-applied");
    }

    @Test
    void theKindOfPostIsShownCanBeChangedAndACappedScoreSaysWhy() {
        WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
        draft.sendKeys("Suite à un incendie cette nuit, l'école Jules-Ferry restera fermée aujourd'hui. "
                + "Les élèves sont accueillis au gymnase dès 7 h 30.");
        score();
        // textContent, not getText(): WebDriver turns no-break spaces into plain ones.
        assertThat(waiting().until(d -> d.findElement(By.cssSelector("[data-testid=kind]"))).getDomProperty("textContent"))
                .isEqualTo("Genre\u00A0: Urgence ou alerte");
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding]")))
                .noneMatch(f -> f.getText().contains("ne demande rien") || f.getText().contains("hashtag"));
        // The author says it is a promotion: the advice follows, and so does the label.
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByValue("promotion");
        waiting().until(d -> d.findElement(By.cssSelector("[data-testid=kind]")).getText().equals("Genre : Promotion"));
        draft.clear();
        draft.sendKeys("12 € les 1 000 abonnés, livraison en 24 h, satisfaction garantie ! Commandez vite, stock limité.");
        waiting().until(d -> d.findElement(By.cssSelector(".band-label")).getText().startsWith("Score plafonné"));
        assertThat(Integer.parseInt(score())).isLessThanOrEqualTo(30);
        driver.findElement(By.cssSelector("[data-testid=breakdown-box] summary")).click();
        assertThat(driver.findElement(By.cssSelector(".breakdown tr.cap")).getText()).contains("Plafond à 30");
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding]")).get(0).getText()).contains("abonnés");
        Browsers.screenshot(driver, "editor-capped");
    }

    @Test
    void markupInTheDraftIsShownLiterallyAndNeverRuns() {
        String hostile = "<script>alert(1)</script> \" onmouseover=\"alert(2)\" <img src=x onerror=alert(3)> #test";
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(hostile);
        score();
        WebElement view = waiting().until(d -> d.findElement(By.cssSelector("[data-testid=draft-view]")));
        assertThat(view.getText()).contains("<script>alert(1)</script>").contains("\" onmouseover=\"alert(2)\"");
        assertThat(view.findElements(By.cssSelector("script, img"))).isEmpty();
        for (WebElement mark : driver.findElements(By.cssSelector("[data-testid=highlight]"))) {
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(mark).perform();
        }
        assertThat(driver.findElement(By.cssSelector("[data-testid=preview] .body")).getText()).contains("<script>");
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Browsers.screenshot(driver, "editor-escaping");
    }

    @Test
    void theLanguageSwitchChangesTheInterfaceAndIsRemembered() {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifier un brouillon");
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys("Brouillon gardé");
        driver.findElement(By.cssSelector("[data-testid=lang-switch]")).click();
        waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check a draft");
        assertThat(driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value"))
                .isEqualTo("Brouillon gardé");
        driver.executeScript("sessionStorage.clear()");
        driver.get(server.uri("/tips").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ricochet's tips");
        assertThat(driver.findElements(By.cssSelector("[data-testid=tip]"))).hasSize(TestServer.ADVISOR.rules().tips().size());
        Browsers.screenshot(driver, "tips-english");
        driver.get(server.uri("/").toString());
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys("Join us on Thursday at the library, "
                + "three new reading rooms open!");
        score();
        assertThat(driver.findElement(By.cssSelector(".band-label")).getText())
                .isIn("Ready to post", "Could be better", "Needs work");
        Browsers.screenshot(driver, "editor-english");
    }

    /** A class behind one router can exhaust the per-IP limit: the editor says so, waits, and tries again alone. */
    @Test
    void whenTheServerAsksToWaitTheEditorWaitsAndTriesAgainByItself() {
        // Six a minute: the bucket gets a request back every 10 s, far longer than typing the draft takes.
        try (TestServer limited = TestServer.start(java.util.Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "6"))) {
            driver.get(limited.uri("/?lang=fr").toString());
            int refused = 0;
            for (int i = 0; i < 10 && refused == 0; i++) {
                refused += limited.get("/api/v1/rules").statusCode() == 429 ? 1 : 0;
            }
            assertThat(refused).as("the bucket is empty").isEqualTo(1);
            driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(DRAFT);
            WebElement status = driver.findElement(By.cssSelector("[data-status]"));
            waiting().until(d -> status.getText().contains("nouvel essai automatique dans"));
            assertThat(status.getAttribute("class")).contains("problem");
            // The retry goes through once a request is back in the bucket, without anyone typing.
            String score = new WebDriverWait(driver, Duration.ofSeconds(25)).until(d -> {
                List<WebElement> scores = d.findElements(By.cssSelector("[data-testid=score]"));
                return scores.isEmpty() ? null : scores.get(0).getText();
            });
            assertThat(Integer.parseInt(score)).isBetween(0, 100);
            assertThat(status.getText()).startsWith("Score");
        }
    }

    /** A draft that misses the deadline every time is not sent forever: after three retries the editor says why. */
    @Test
    void aDraftThatAlwaysTimesOutStopsBeingRetried() {
        try (TestServer slow = TestServer.start(java.util.Map.of("RICOCHET_REQUEST_TIMEOUT_MS", "1"))) {
            driver.get(slow.uri("/?lang=fr").toString());
            // Ten thousand characters take a few hundred milliseconds to analyse: far past the 1 ms deadline.
            driver.executeScript("const draft = document.querySelector('[data-testid=draft]');"
                    + "draft.value = 'a.'.repeat(5000); draft.dispatchEvent(new Event('input', {bubbles: true}));");
            WebElement status = driver.findElement(By.cssSelector("[data-status]"));
            waiting().until(d -> status.getText().contains("nouvel essai automatique"));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> status.getText().startsWith(
                    "L'analyse n'a pas pu se faire"));
            assertThat(status.getText()).contains("1 ms");
            assertThat(status.getAttribute("class")).contains("problem");
        }
    }

    @Test
    void onAPhoneThePageHasNoHorizontalScroll() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.uri("/?lang=fr").toString());
        WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
        driver.findElement(By.cssSelector("input[name=networks][value=linkedin]")).click();
        driver.findElement(By.cssSelector("[data-media-add]")).click();
        draft.sendKeys(DRAFT + " https://example.org/un/lien/assez/long/pour/voir/si/la/page/deborde", Keys.TAB);
        score();
        assertThat(driver.findElements(By.cssSelector("[data-testid=preview]"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("select[data-heat-network] option"))).hasSize(2);
        Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        Long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth");
        Browsers.screenshot(driver, "editor-phone");
        Browsers.viewport(driver, driver.findElement(By.cssSelector("[data-testid=preview]")), "editor-phone-previews");
        assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
    }
}
