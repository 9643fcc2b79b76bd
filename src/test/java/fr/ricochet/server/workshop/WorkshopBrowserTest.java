package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.server.Browsers;
import fr.ricochet.server.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole workshop in real browsers: a trainer creates a workshop, two participants (two browsers, two cookie jars)
 * join and submit, the trainer's dashboard shows them, compares them and exports them, then closes the workshop.
 * Screenshots go to target/screenshots/.
 */
class WorkshopBrowserTest {

    static final String TOM_DRAFT = "Soirée jeux vendredi 18h à la médiathèque : venez nombreux, partagez ! #JeuxDeSociété";

    static final By MEDIA_TYPE = By.cssSelector("[data-media-row] select[name=mediaType]");
    static final By MEDIA_ALT = By.cssSelector("[data-media-row] input[name=mediaAlt]");

    @TempDir
    Path directory;

    TestServer server;
    String origin;

    @BeforeEach
    void start() {
        server = TestServer.start();
        origin = "http://127.0.0.1:" + server.server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTrainerRunsAWorkshopWithTwoParticipants() throws Exception {
        Path downloads = Files.createDirectories(directory.resolve("downloads"));
        WebDriver trainer = Browsers.open(directory.resolve("trainer"), downloads, 1280, 1000);
        try {
            trainer.get(origin + "/workshops/new");
            trainer.findElement(By.id("ws-title")).sendKeys("Atelier <b>médiathèque</b>");
            trainer.findElement(By.id("ws-brief")).sendKeys("Annoncez la soirée jeux de vendredi.");
            trainer.findElement(By.cssSelector("input[name=networks][value=mastodon]")).click();
            trainer.findElement(By.id("ws-start")).sendKeys("soirée jeux vendredi");
            Browsers.screenshot(trainer, "workshop-1-create-form");
            trainer.findElement(By.cssSelector("[data-testid=create]")).click();
            // A click that posts a form may return before the new page is there: wait for it, not for a time.
            WebDriverWait wait = new WebDriverWait(trainer, Duration.ofSeconds(30));
            String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "[data-testid=join-code]"))).getText().replace("-", "");
            String trainerUrl = trainer.findElement(By.cssSelector("[data-testid=trainer-url]")).getAttribute("value");
            assertThat(trainerUrl).startsWith(origin + "/workshops/" + code + "/trainer#");
            assertThat(trainer.findElement(By.tagName("main")).getText()).contains("Atelier <b>médiathèque</b>");
            Browsers.screenshot(trainer, "workshop-2-created");

            participate("lea", code, "Léa <script>alert(1)</script>", List.of("soirée jeux vendredi",
                    "Soirée jeux vendredi à 18h à la médiathèque : venez jouer ! #Jeux"), true);
            participate("tom", code, "Tom", List.of(TOM_DRAFT), false);

            trainer.get(trainerUrl);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rows tr"), 2));
            List<WebElement> rows = trainer.findElements(By.cssSelector("#rows tr"));
            assertThat(rows.get(0).getText()).startsWith("Léa <script>alert(1)</script>").contains(" 2 ");
            assertThat(rows.get(1).getText()).startsWith("Tom");
            assertThat(trainer.findElements(By.cssSelector("#distribution rect"))).hasSize(10);
            assertThat(trainer.findElements(By.cssSelector("#weakest li"))).isNotEmpty();

            rows.get(0).findElement(By.cssSelector("input[type=checkbox]")).click();
            rows.get(1).findElement(By.cssSelector("input[type=checkbox]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison .side"), 2));
            assertThat(trainer.findElement(By.id("comparison")).getText()).contains(TOM_DRAFT);
            Browsers.screenshot(trainer, "workshop-5-dashboard");

            // Léa's own progress: her first draft beside her latest; Tom, with one draft, has no such button.
            assertThat(rows.get(1).findElements(By.cssSelector("[data-testid=before-after]"))).isEmpty();
            WebElement progress = rows.get(0).findElement(By.cssSelector("[data-testid=before-after]"));
            assertThat(progress.getAttribute("aria-label")).isEqualTo("1er ↔ dernier\u00A0: le premier et le dernier brouillon"
                    + " de Léa <script>alert(1)</script>");
            progress.click();
            wait.until(d -> d.findElement(By.id("comparison")).getText().contains("venez jouer"));
            List<WebElement> sides = trainer.findElements(By.cssSelector("#comparison .side blockquote"));
            assertThat(sides).extracting(WebElement::getText).containsExactly("soirée jeux vendredi",
                    "Soirée jeux vendredi à 18h à la médiathèque : venez jouer ! #Jeux");
            assertThat(rows.get(0).findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isFalse();
            Browsers.screenshot(trainer, "workshop-5b-progress");

            trainer.findElement(By.cssSelector("[data-testid=export-csv]")).click();
            Path csv = downloads.resolve("ricochet-atelier-" + code + ".csv");
            wait.until(d -> Files.exists(csv) && !hasPartialDownload(downloads));
            String exported = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(exported).contains("Léa <script>alert(1)</script>", "Tom", TOM_DRAFT);
            assertThat(exported.lines()).hasSize(4);
            trainer.findElement(By.cssSelector("[data-testid=export-xlsx]")).click();
            Path xlsx = downloads.resolve("ricochet-atelier-" + code + ".xlsx");
            wait.until(d -> Files.exists(xlsx) && !hasPartialDownload(downloads));
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                    new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
                assertThat(workbook.getFirstSheet().read()).hasSize(4);
            }
            trainer.findElement(By.cssSelector("[data-testid=export-json]")).click();
            Path json = downloads.resolve("ricochet-atelier-" + code + ".json");
            wait.until(d -> Files.exists(json) && !hasPartialDownload(downloads));
            assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"pseudonym\" : \"Tom\"");

            trainer.findElement(By.cssSelector("[data-testid=close]")).click();
            trainer.switchTo().alert().accept();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=closed]")));
            Browsers.screenshot(trainer, "workshop-6-closed");

            trainer.findElement(By.cssSelector("[data-testid=delete]")).click();
            trainer.switchTo().alert().accept();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("board")));
            assertThat(trainer.findElement(By.id("status")).getText()).contains("supprimés");
            assertThat(new WorkshopClient(server.server.port()).call("GET", WorkshopClient.BASE + "/" + code, null)
                    .statusCode()).isEqualTo(404);
        } finally {
            trainer.quit();
        }
    }

    /**
     * What a participant typed is never lost: the image and its alt text stay in the editor after submitting (and the
     * live score agrees with the stored one); a close made while a draft is being typed shows at once, with the
     * draft, unsubmitted, left to copy. Léa on a desktop, Tom on a phone.
     */
    @Test
    void aParticipantKeepsTheImageAfterSubmittingAndTheDraftWhenTheWorkshopCloses() throws Exception {
        WorkshopClient api = new WorkshopClient(server.server.port());
        var created = api.create();
        String code = created.get("joinCode").asText();
        WebDriver lea = joined("lea-media", code, "Léa", 1280, 1000);
        WebDriver tom = joined("tom-phone", code, "Tom", 390, 844);
        try {
            WebDriverWait wait = new WebDriverWait(lea, Duration.ofSeconds(30));
            WebElement text = lea.findElement(By.cssSelector("[data-testid=draft]"));
            text.clear();
            text.sendKeys("Soirée jeux vendredi 18h à la médiathèque : venez nombreux !");
            lea.findElement(By.cssSelector("[data-media-add]")).click();
            new Select(lea.findElement(MEDIA_TYPE)).selectByValue("image");
            lea.findElement(MEDIA_ALT).sendKeys("Affiche de la soirée jeux");
            lea.findElement(By.cssSelector("[data-testid=workshop-submit]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=history] > li"), 1));
            assertThat(lea.findElements(MEDIA_TYPE)).as("one media row, the kept one").hasSize(1);
            assertThat(new Select(lea.findElement(MEDIA_TYPE)).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("image");
            assertThat(lea.findElement(MEDIA_ALT).getAttribute("value"))
                    .isEqualTo("Affiche de la soirée jeux");
            String stored = lea.findElement(By.cssSelector("[data-testid=latest-score]")).getText()
                    .replaceAll("\\D*(\\d+).*", "$1");
            // One keystroke and its undoing: the live analysis of the draft as the page now holds it.
            lea.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(" " + Keys.BACK_SPACE);
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=score]")))
                    .getText()).as("live score after submitting").isEqualTo(stored);
            Browsers.screenshot(lea, "workshop-7-image-kept-after-submit");

            WebElement toms = tom.findElement(By.cssSelector("[data-testid=draft]"));
            toms.clear();
            toms.sendKeys("Mon brouillon pas encore soumis");
            tom.findElement(By.cssSelector("[data-media-add]")).click();
            new Select(tom.findElement(MEDIA_TYPE)).selectByValue("video");
            tom.findElement(MEDIA_ALT).sendKeys("Visite de la salle");
            api.call("POST", WorkshopClient.BASE + "/" + code + "/close", null, "X-Trainer-Token",
                    created.get("trainerToken").asText());
            WebDriverWait tomWaits = new WebDriverWait(tom, Duration.ofSeconds(30));
            tomWaits.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=closed]")));
            assertThat(tom.findElements(By.cssSelector("[data-testid=closed]"))).as("one notice").hasSize(1);
            WebElement kept = tom.findElement(By.cssSelector("[data-testid=closed-draft]"));
            assertThat(kept.isDisplayed()).isTrue();
            assertThat(kept.getAttribute("value")).isEqualTo("Mon brouillon pas encore soumis");
            assertThat(kept.getAttribute("readonly")).isNotNull();
            assertThat(tom.findElement(By.cssSelector("[data-testid=closed-media]")).getText())
                    .contains("Vidéo", "Visite de la salle");
            assertThat(tom.findElement(By.cssSelector("[data-testid=workshop-submit]")).isDisplayed()).isFalse();
            tom.findElement(By.cssSelector("[data-testid=copy-draft]")).click();
            tomWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=copy-done]"),
                    "Brouillon copié"));
            Browsers.screenshot(tom, "workshop-8-closed-draft-kept-phone");
            Browsers.viewport(tom, "workshop-8-closed-draft-kept-phone-top");
        } finally {
            lea.quit();
            tom.quit();
        }
    }

    private WebDriver joined(String who, String code, String pseudonym, int width, int height) {
        WebDriver browser = Browsers.open(directory.resolve(who), directory.resolve(who + "-downloads"), width, height);
        browser.get(origin + "/workshops/" + code);
        browser.findElement(By.id("ws-pseudonym")).sendKeys(pseudonym);
        browser.findElement(By.cssSelector("[data-testid=join]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=hello]")));
        return browser;
    }

    /** One participant in a browser of their own: join, submit each draft, see their progress. */
    private void participate(String who, String code, String pseudonym, List<String> drafts, boolean phone)
            throws Exception {
        WebDriver browser = Browsers.open(directory.resolve(who), directory.resolve(who + "-downloads"),
                phone ? 400 : 1280, phone ? 1400 : 1000);
        try {
            browser.get(origin + "/workshops/join");
            browser.findElement(By.id("ws-code")).sendKeys(code.toLowerCase());
            browser.findElement(By.id("ws-pseudonym")).sendKeys(pseudonym);
            browser.findElement(By.cssSelector("[data-testid=join]")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hello]")))
                    .getText()).contains(pseudonym);
            assertThat(browser.findElement(By.cssSelector("[data-testid=hello]")).findElement(By.xpath(".."))
                    .getText()).contains("Réseaux : Mastodon, X");
            assertThat(browser.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value"))
                    .isEqualTo("soirée jeux vendredi");
            for (int i = 0; i < drafts.size(); i++) {
                String draft = drafts.get(i);
                WebElement text = browser.findElement(By.cssSelector("[data-testid=draft]"));
                text.clear();
                text.sendKeys(draft);
                browser.findElement(By.cssSelector("[data-testid=workshop-submit]")).click();
                wait.until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("[data-testid=history] > li"), i + 1));
                assertThat(browser.findElement(By.cssSelector("[data-testid=history] > li blockquote"))
                        .getAttribute("textContent")).isEqualTo(draft);
            }
            assertThat(browser.findElements(By.cssSelector("[data-testid=history] > li"))).hasSize(drafts.size());
            assertThat(browser.findElements(By.cssSelector("[data-testid=progress-chart] circle"))).hasSize(drafts.size());
            assertThat(browser.findElement(By.cssSelector("[data-testid=latest-score]")).getText()).contains("/100");
            Browsers.screenshot(browser, "workshop-" + (phone ? "3" : "4") + "-participant-" + who);
            Browsers.viewport(browser, "workshop-" + (phone ? "3" : "4") + "-participant-" + who + "-top");
        } finally {
            browser.quit();
        }
    }

    private static boolean hasPartialDownload(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
