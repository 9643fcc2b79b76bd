package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor with JavaScript turned off: the form post gives the same result, fixes included. */
class PageNoScriptBrowserTest {

    static TestServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        driver = Browsers.chrome(false, 1280, 1000);
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

    @Test
    void anUnknownAddressGetsAFriendlyPage() {
        driver.get(server.uri("/une-page-qui-n-existe-pas?lang=fr").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        assertThat(driver.findElement(By.cssSelector("[data-testid=error-status]")).getText()).contains("404");
        Browsers.screenshot(driver, "error-404");
    }

    /** A form post loads a new page: wait until the old one is gone. */
    static void wait(WebElement fromOldPage) {
        // Chromedriver reports a node of an unloaded page either as stale or as "not in the document".
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                fromOldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    @Test
    void theFormPostShowsTheResultWithTheDraftKeptAndAppliesFixes() {
        driver.get(server.uri("/?lang=fr").toString());
        assertThat(driver.findElements(By.cssSelector("[data-testid=score]"))).isEmpty();
        // Controls that need JavaScript stay out of the way.
        assertThat(driver.findElement(By.cssSelector("[data-media-add]")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("draft-help")).isDisplayed()).isFalse();
        String draft = "Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree #culture";
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(draft);
        driver.findElement(By.cssSelector("input[name=networks][value=linkedin]")).click();
        driver.findElement(By.id("media-type-0")).sendKeys("Image");
        driver.findElement(By.id("media-alt-0")).sendKeys("Affiche de la rentrée");
        WebElement submit = driver.findElement(By.cssSelector("[data-testid=submit]"));
        submit.click();
        wait(submit);

        String score = driver.findElement(By.cssSelector("[data-testid=score]")).getText();
        assertThat(Integer.parseInt(score)).isBetween(0, 100);
        assertThat(driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value")).isEqualTo(draft);
        assertThat(driver.findElements(By.cssSelector("[data-testid=highlight]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=preview]"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("[data-testid=preview]")).getText()).contains("Affiche de la rentrée");
        assertThat(driver.findElement(By.id("media-alt-0")).getAttribute("value")).isEqualTo("Affiche de la rentrée");
        Browsers.screenshot(driver, "noscript-result");

        WebElement apply = driver.findElement(By.cssSelector("[data-testid=suggestion-apply]"));
        apply.click();
        wait(apply);
        String applied = driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value");
        assertThat(applied).isNotEqualTo(draft);
        WebElement use = driver.findElement(By.cssSelector("[data-testid=rewrite-use]"));
        use.click();
        wait(use);
        String rewritten = driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value");
        assertThat(rewritten).doesNotContain("!!!");
        assertThat(driver.findElement(By.cssSelector("[data-testid=score]")).getText()).isNotEqualTo(score);
        Browsers.screenshot(driver, "noscript-applied");
    }

    @Test
    void aDraftOverTheLimitComesBackWholeWithWhatToDo() {
        driver.get(server.uri("/?lang=fr").toString());
        String tooLong = "Bonjour à tous. ".repeat(626);
        WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
        draft.sendKeys(tooLong);
        WebElement submit = driver.findElement(By.cssSelector("[data-testid=submit]"));
        submit.click();
        wait(submit);
        assertThat(driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value")).isEqualTo(tooLong);
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getDomProperty("textContent")).contains("10\u202F000 permis");
        assertThat(driver.findElement(By.cssSelector("[data-testid=length-warning]")).isDisplayed()).isTrue();
        Browsers.viewport(driver, "noscript-too-long");
    }

    @Test
    void theHeatMapNamesItsDaysAndShowsAnotherNetworkAndEveryFindingOpens() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(server.uri("/?lang=fr").toString());
            driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(EditorBrowserTest.MANY);
            for (WebElement box : driver.findElements(By.cssSelector("input[name=networks]:not(:checked)"))) {
                box.click();
            }
            WebElement submit = driver.findElement(By.cssSelector("[data-testid=submit]"));
            submit.click();
            wait(submit);
            WebElement heat = driver.findElement(By.cssSelector(".heat svg"));
            assertThat(heat.getText()).contains("lun.", "dim.").doesNotContain("??");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("[data-testid=heat-network]")))
                    .selectByValue("bluesky");
            WebElement show = driver.findElement(By.cssSelector(".heat-pick button"));
            show.click();
            wait(show);
            assertThat(driver.findElement(By.cssSelector(".heat svg")).getAttribute("aria-label")).endsWith("Bluesky");
            WebElement all = driver.findElement(By.cssSelector("[data-testid=findings-show-all]"));
            all.findElement(By.tagName("summary")).click();
            assertThat(all.getAttribute("open")).isNotNull();
            assertThat(all.findElements(By.cssSelector("[data-testid=finding]")).get(0).isDisplayed()).isTrue();
            Browsers.screenshot(driver, "noscript-phone-all-findings");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }
}
