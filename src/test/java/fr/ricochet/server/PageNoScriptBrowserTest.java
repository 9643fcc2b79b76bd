package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

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
    void theFormPostShowsTheResultWithTheDraftKeptAndAppliesFixes() {
        driver.get(server.uri("/?lang=fr").toString());
        assertThat(driver.findElements(By.cssSelector("[data-testid=score]"))).isEmpty();
        String draft = "Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree #culture";
        driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(draft);
        driver.findElement(By.cssSelector("input[name=networks][value=linkedin]")).click();
        driver.findElement(By.id("media-type-0")).sendKeys("Image");
        driver.findElement(By.id("media-alt-0")).sendKeys("Affiche de la rentrée");
        driver.findElement(By.cssSelector("[data-testid=submit]")).click();

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
        String applied = driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value");
        assertThat(applied).isNotEqualTo(draft);
        driver.findElement(By.cssSelector("[data-testid=rewrite-use]")).click();
        String rewritten = driver.findElement(By.cssSelector("[data-testid=draft]")).getAttribute("value");
        assertThat(rewritten).doesNotContain("!!!");
        assertThat(driver.findElement(By.cssSelector("[data-testid=score]")).getText()).isNotEqualTo(score);
        Browsers.screenshot(driver, "noscript-applied");
    }
}
