package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With CORS configured for a CMS, the server's own editor still works in a real browser: its module script and its
 * analysis calls send the server's own Origin, which is not listed, and must get their normal answers.
 */
class CorsBrowserTest {

    @Test
    void theEditorWorksWhenCorsIsConfiguredForAnotherOrigin() {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_CORS_ORIGINS", "https://cms.example.org"))) {
            ChromeDriver driver = Browsers.chrome(true, 1280, 1000);
            try {
                driver.get(server.uri("/?lang=fr").toString());
                driver.findElement(By.cssSelector("[data-testid=draft]")).sendKeys(PageBrowserTest.DRAFT);
                String score = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
                    List<WebElement> scores = d.findElements(By.cssSelector("[data-testid=score]"));
                    return scores.isEmpty() ? null : scores.get(0).getText();
                });
                assertThat(Integer.parseInt(score)).isBetween(0, 100);
                assertThat(driver.findElements(By.cssSelector("[data-testid=finding]"))).isNotEmpty();
            } finally {
                driver.quit();
            }
        }
    }
}
