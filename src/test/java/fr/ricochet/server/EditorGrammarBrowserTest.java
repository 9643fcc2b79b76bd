package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A spelling or grammar mistake in the editor, as any other finding: underlined in the draft, fixed in one click. */
class EditorGrammarBrowserTest {

    private static final String DRAFT = "Les enfant sont invités a participer à l'atelier de samedi. #Lyon";
    private static TestServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(), TestEngine.withGrammar());
        driver = Browsers.chrome(true, 1400, 1000);
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

    private static WebElement draft() {
        return driver.findElement(By.cssSelector("[data-testid=draft]"));
    }

    @Test
    void aMistakeIsUnderlinedAndItsCorrectionAppliesInOneClick() {
        driver.get(server.uri("/?lang=fr").toString());
        draft().sendKeys(DRAFT);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        List<String> underlined = wait.until(d -> {
            List<String> words = d.findElements(By.cssSelector("[data-testid=finding-underline]")).stream()
                    .map(m -> m.getDomProperty("textContent")).toList();
            return words.contains("Les enfant") ? words : null;
        });
        assertThat(underlined).contains("Les enfant", "a participer");
        // A click in the underlined word opens its card, whose fix writes LanguageTool's correction.
        driver.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(2, 2);"
                + "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", draft());
        WebElement apply = wait.until(d -> d.findElements(By.cssSelector("[data-testid=finding-card-apply]")).stream()
                .filter(b -> b.isDisplayed() && b.getDomProperty("value").equals("0:10:Les enfants")).findFirst()
                .orElse(null));
        Browsers.viewport(driver, "editor-grammar-card");
        apply.click();
        wait.until(d -> draft().getDomProperty("value").startsWith("Les enfants sont invités"));
        assertThat(driver.executeScript("return document.activeElement")).isEqualTo(draft());
    }
}
