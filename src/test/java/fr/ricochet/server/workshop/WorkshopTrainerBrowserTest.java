package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.Axe;
import fr.ricochet.server.Browsers;
import fr.ricochet.server.TestServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer's side in real browsers, on a desktop (1400 px) and a phone (390×844): the projector view and its QR
 * code, every participant's history on the dashboard, the comparison of any two drafts with its word-level diff,
 * and the dashboard without JavaScript; each state audited with axe-core and saved to target/screenshots/.
 */
class WorkshopTrainerBrowserTest {

    record Size(String name, int width, int height) {
    }

    static final List<Size> SIZES = List.of(new Size("desktop", 1400, 1000), new Size("phone", 390, 844));
    static final By ENTRIES = By.cssSelector("[data-testid=history-entry]");

    TestServer server;
    WorkshopClient api;
    JsonNode created;
    String code;
    String token;

    @BeforeEach
    void start() {
        server = TestServer.start();
        api = new WorkshopClient(server.server.port());
        created = api.create();
        code = created.get("joinCode").asText();
        token = created.get("trainerToken").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theProjectorShowsTheCodeAQrCodeOfTheJoinLinkAndCountsLive() throws IOException {
        String joinUrl = "http://127.0.0.1:" + server.server.port() + "/workshops/" + code;
        for (Size size : SIZES) {
            ChromeDriver browser = open(true, size);
            try {
                browser.get(server.uri("/workshops/" + code + "/projector#" + token).toString());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                WebElement participants = browser.findElement(By.cssSelector("[data-testid=projector-participants]"));
                int before = api.dashboard(code, token).get("participants").size();
                wait.until(d -> participants.getText().equals(String.valueOf(before)));
                String lea = api.join(code, "Léa " + size.name());
                api.submit(code, lea, "Soirée jeux vendredi 18h à la médiathèque : venez jouer !");
                wait.until(d -> participants.getText().equals(String.valueOf(before + 1)));
                wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=projector-submissions]"),
                        String.valueOf(api.dashboard(code, token).get("submissionCount").asInt())));

                WebElement shown = browser.findElement(By.cssSelector("[data-testid=projector-code]"));
                assertThat(shown.getText()).isEqualTo(code.substring(0, 3) + "-" + code.substring(3));
                assertThat(px(shown.getCssValue("font-size"))).as("the code in big type")
                        .isGreaterThanOrEqualTo(3 * px(browser.findElement(By.tagName("body")).getCssValue("font-size")));
                assertThat((double) shown.getSize().getHeight()).as("on one line").isLessThan(2 * px(shown.getCssValue(
                        "font-size")));
                WebElement qr = browser.findElement(By.cssSelector("[data-testid=projector-qr]"));
                assertThat(qr.isDisplayed()).isTrue();
                assertThat(qr.getSize().getWidth()).as("a QR code big enough to scan").isGreaterThan(150);
                assertThat(QrSvg.decode(qr.getAttribute("outerHTML"))).isEqualTo(joinUrl);
                assertThat(width(browser)).as("nothing wider than the window: %s", wider(browser))
                        .isLessThanOrEqualTo(size.width());

                browser.findElement(By.cssSelector("[data-testid=projector-link-copy]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        "[data-copy-status=projector-link]"), "Lien copié."));
                Browsers.viewport(browser, "workshop-projector-" + size.name());
                assertThat(Axe.violations(browser)).as("projector view, " + size.name()).isEmpty();

                browser.get(server.uri("/workshops/" + code + "/projector?lang=en#" + token).toString());
                wait.until(d -> participants(d).equals(String.valueOf(before + 1)));
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("Workshop code",
                        "Scan the code or open the link, then choose a pseudonym.");
                assertThat(browser.findElement(By.cssSelector("[data-testid=projector-qr]")).getAttribute(
                        "aria-label")).isEqualTo("QR code of the join link: " + joinUrl);
                assertThat(Axe.violations(browser)).as("projector view in English, " + size.name()).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void theCreatedPageCopiesTheJoinLinkAndLeadsToTheProjector() {
        ChromeDriver browser = open(true, SIZES.get(1));
        try {
            browser.get(server.uri("/workshops/new").toString());
            browser.findElement(By.id("ws-title")).sendKeys("Atelier projeté");
            browser.findElement(By.id("ws-brief")).sendKeys("Annoncez la soirée jeux.");
            browser.findElement(By.cssSelector("[data-testid=create]")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=join-link-copy]")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                    "[data-copy-status=join-link]"), "Lien copié."));
            String joinUrl = browser.findElement(By.cssSelector("[data-testid=join-url]")).getText();
            assertThat(QrSvg.decode(browser.findElement(By.cssSelector("[data-testid=join-qr]"))
                    .getAttribute("outerHTML"))).isEqualTo(joinUrl);
            Browsers.screenshot(browser, "workshop-created-qr-phone");
            browser.findElement(By.cssSelector("[data-testid=open-projector]")).click();
            wait.until(d -> !d.findElement(By.cssSelector("[data-testid=projector-participants]")).getText()
                    .equals("—"));
            assertThat(browser.findElement(By.cssSelector("[data-testid=projector-participants]")).getText())
                    .isEqualTo("0");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDashboardShowsEveryHistoryAndComparesAnyTwoDraftsWithTheirMediaAndADiff() throws IOException {
        String lea = api.join(code, "Léa");
        String tom = api.join(code, "Tom");
        api.submit(code, lea, "soirée jeux vendredi");
        api.submit(code, tom, "Soirée jeux vendredi 18h à la médiathèque : venez nombreux !");
        api.submit(code, lea, "Soirée jeux vendredi à 18h !!! #jeux #soirée #médiathèque");
        WorkshopClient.ok(api.call("POST", WorkshopClient.BASE + "/" + code + "/submissions", "{\"text\": "
                + WorkshopClient.quote("Soirée jeux vendredi à 18h à la médiathèque : venez jouer ! #Jeux")
                + ", \"media\": [{\"type\": \"image\", \"altText\": \"Affiche de la soirée jeux\"}]}",
                "X-Participant-Token", lea), 201);
        JsonNode history = api.dashboard(code, token).get("participants").get(0).get("history");
        assertThat(history).hasSize(3);

        for (Size size : SIZES) {
            ChromeDriver browser = open(true, size);
            try {
                browser.get(server.uri("/workshops/" + code + "/trainer#" + token).toString());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(ExpectedConditions.numberOfElementsToBe(ENTRIES, 4));
                List<WebElement> leas = browser.findElements(By.cssSelector(
                        "[data-testid=histories] section:first-child [data-testid=history-entry]"));
                assertThat(leas).extracting(e -> e.findElement(By.cssSelector("label > span")).getAttribute("textContent")).hasSize(3)
                        .allSatisfy(line -> assertThat(line).matches("N° \\d, \\d\\d/\\d\\d/\\d{4}\\s\\d\\d:\\d\\d\u00A0: \\d+/100"));
                for (int i = 0; i < 3; i++) {
                    assertThat(leas.get(i).findElement(By.cssSelector("label > span")).getAttribute("textContent")).startsWith("N° " + (i + 1) + ",")
                            .endsWith("\u00A0: " + history.get(i).get("score").asInt() + "/100");
                }
                // Léa's first draft against her third: picked in her history, older on the left whatever the order.
                leas.get(2).findElement(By.cssSelector("[data-testid=history-pick]")).click();
                leas.get(0).findElement(By.cssSelector("[data-testid=history-pick]")).click();
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison .side"), 2));
                List<WebElement> sides = browser.findElements(By.cssSelector("#comparison .side"));
                assertThat(sides.get(0).findElement(By.tagName("h3")).getText()).startsWith("Léa, soumission n° 1 — ");
                assertThat(sides.get(1).findElement(By.tagName("h3")).getText()).startsWith("Léa, soumission n° 3 — ");
                assertThat(sides.get(0).findElement(By.cssSelector("[data-testid=compared-media]")).getText())
                        .isEqualTo("Ni image ni vidéo");
                assertThat(sides.get(1).findElement(By.cssSelector("[data-testid=compared-media]"))
                        .getAttribute("textContent"))
                        .isEqualTo("Image, texte alternatif\u00A0: «\u00A0Affiche de la soirée jeux\u00A0»");
                List<WebElement> findings = browser.findElements(By.cssSelector("[data-testid=compared-finding]"));
                assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.findElement(By.tagName("strong"))
                        .getText()).isIn("Erreur", "Attention", "Suggestion", "Info"));

                WebElement diff = browser.findElement(By.cssSelector("[data-testid=comparison-diff]"));
                assertThat(diff.findElements(By.tagName("del"))).extracting(e -> e.getAttribute("textContent"))
                        .containsExactly("retiré\u00A0: soirée");
                assertThat(diff.findElements(By.tagName("ins"))).extracting(e -> e.getAttribute("textContent"))
                        .containsExactly("ajouté\u00A0: Soirée",
                                "ajouté\u00A0:  à 18h à la médiathèque : venez jouer ! #Jeux");
                assertThat(diff.findElements(By.cssSelector("del > span.visually-hidden:first-child, "
                        + "ins > span.visually-hidden:first-child"))).as("the words said, hidden from sight").hasSize(3);
                assertThat(diff.getAttribute("textContent")).as("as a screen reader reads it").isEqualTo(
                        "retiré\u00A0: soiréeajouté\u00A0: Soirée jeux vendrediajouté\u00A0:  à 18h à la médiathèque :"
                                + " venez jouer ! #Jeux");
                assertThat(browser.findElement(By.cssSelector("#diff del")).getCssValue("text-decoration-line"))
                        .isEqualTo("line-through");
                assertThat(width(browser)).as("nothing wider than the window: %s", wider(browser))
                        .isLessThanOrEqualTo(size.width());
                Browsers.screenshot(browser, "workshop-dashboard-history-diff-" + size.name());
                assertThat(Axe.violations(browser)).as("dashboard with history and comparison, " + size.name())
                        .isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /** What the trainer set (the planned time) is compared apart: it never counts against the participant. */
    @Test
    void theComparisonShowsThePlannedTimesFindingsApart() throws IOException {
        JsonNode planned = WorkshopClient.ok(api.call("POST", WorkshopClient.BASE, "{\"title\": \"Atelier du soir\","
                + " \"brief\": \"Annoncez la soirée jeux\", \"networks\": [\"x\"],"
                + " \"plannedAt\": \"2026-12-05T23:30:00+01:00\", \"timeZone\": \"Europe/Paris\"}"), 201);
        String night = planned.get("joinCode").asText();
        String lea = api.join(night, "Léa");
        api.submit(night, lea, "soirée jeux vendredi");
        api.submit(night, lea, "Soirée jeux vendredi à 18h à la médiathèque : venez jouer ! #Jeux");
        ChromeDriver browser = open(true, SIZES.get(0));
        try {
            browser.get(server.uri("/workshops/" + night + "/trainer#" + planned.get("trainerToken").asText())
                    .toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=before-after]"))).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison .side"), 2));
            for (WebElement side : browser.findElements(By.cssSelector("#comparison .side"))) {
                assertThat(side.findElement(By.tagName("h4")).getText()).startsWith("Votre heure prévue");
                List<WebElement> lists = side.findElements(By.cssSelector("ul.findings"));
                assertThat(lists).hasSize(2);
                assertThat(lists.get(1).getText()).as("the planned time's advice").contains("23 h 30");
                assertThat(lists.get(0).getText()).as("the participant's own findings").doesNotContain("23 h 30");
            }
            Browsers.screenshot(browser, "workshop-dashboard-planned-apart-desktop");
            assertThat(Axe.violations(browser)).as("comparison with the planned time apart").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptTheDashboardSaysWhatItNeedsAndWhatStillWorks() throws IOException {
        for (Size size : SIZES) {
            ChromeDriver browser = open(true, size);
            try {
                // Scripts off as the page is parsed, so it is built as without JavaScript (<noscript> shown, the
                // dashboard's script never run); axe, a script itself, runs once they are allowed back.
                browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
                browser.get(server.uri("/workshops/" + code + "/trainer#" + token).toString());
                WebElement box = browser.findElement(By.cssSelector("[data-testid=noscript-dashboard]"));
                assertThat(box.isDisplayed()).isTrue();
                assertThat(box.getText()).contains("Ce tableau de bord a besoin de JavaScript",
                        "vous pouvez encore projeter le code et télécharger les exports");
                assertThat(browser.findElement(By.cssSelector("[data-testid=noscript-export-csv]")).isDisplayed())
                        .isTrue();
                assertThat(browser.findElement(By.cssSelector("[data-testid=noscript-projector]"))
                        .getAttribute("href")).endsWith("/workshops/" + code + "/projector");
                assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
                Browsers.screenshot(browser, "workshop-dashboard-nojs-" + size.name());
                browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
                assertThat(browser.findElement(By.id("status")).getText()).as("the script never ran").isEmpty();
                assertThat(Axe.violations(browser)).as("dashboard without JavaScript, " + size.name()).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A browser of that size. Headless Chromium keeps its window at least 500 px wide, so a phone's 390 px are set
     * through DevTools, as its device emulation does (a mobile viewport, no scroll bar taking width).
     */
    static ChromeDriver open(boolean javascript, Size size) {
        ChromeDriver browser = Browsers.chrome(javascript, size.width(), size.height());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (size.width() < 500) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", size.width(),
                    "height", size.height(), "deviceScaleFactor", 1, "mobile", true));
        }
        return browser;
    }

    private static String participants(org.openqa.selenium.WebDriver browser) {
        return browser.findElement(By.cssSelector("[data-testid=projector-participants]")).getText();
    }

    private static double px(String cssLength) {
        return Double.parseDouble(cssLength.replace("px", ""));
    }

    /** The elements that stick out of the window on the right, to say which when a page is too wide. */
    private static Object wider(ChromeDriver browser) {
        return ((JavascriptExecutor) browser).executeScript("return window.innerWidth + ' px: ' + "
                + "[...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 8).join(', ')");
    }

    /** The page's widest extent: past the window's width, a phone scrolls sideways. */
    private static long width(ChromeDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue();
    }
}
