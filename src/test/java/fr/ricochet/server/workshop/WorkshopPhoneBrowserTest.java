package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.server.Browsers;
import fr.ricochet.server.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant's page on a 390×844 phone: "Submit to the workshop" comes right after the draft's form, before
 * the analysis, however long the analysis runs. Screenshots in target/screenshots/.
 */
class WorkshopPhoneBrowserTest {

    static final String DRAFT = "Slt tt le monde!!! Soirée jeux vendredi à la médiathèque #jeux #soirée #médiathèque "
            + "#vendredi #culture #livres";

    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The analysis below the draft: the result's parts but its summary bar, which sits at the top on a phone. */
    private static final String ANALYSIS = "[data-result-body] > :not([data-score-box])";

    @Test
    void onAPhoneTheSubmitButtonComesRightAfterTheDraftBeforeTheResult() {
        WorkshopClient api = new WorkshopClient(server.server.port());
        String code = api.create().get("joinCode").asText();
        ChromeDriver phone = WorkshopTrainerBrowserTest.open(true, new WorkshopTrainerBrowserTest.Size("phone", 390,
                844));
        try {
            phone.get(server.uri("/workshops/" + code).toString());
            phone.findElement(By.id("ws-pseudonym")).sendKeys("Léa");
            phone.findElement(By.cssSelector("[data-testid=join]")).click();
            WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(30));
            WebElement draft = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "[data-testid=draft]")));
            draft.clear();
            draft.sendKeys(DRAFT + " " + Keys.BACK_SPACE);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=score]")));
            wait.until(d -> d.findElements(By.cssSelector("[data-testid=finding]")).size() >= 3);

            double form = bottom(phone, "#editor-form");
            double submit = top(phone, "[data-testid=workshop-submit]");
            double result = top(phone, ANALYSIS);
            assertThat(submit).as("the submit button before the result").isLessThan(result);
            assertThat(submit - form).as("and right after the form").isBetween(0.0, 200.0);
            // In the page's order too, so the keyboard and a screen reader meet it where the eye does.
            assertThat((Boolean) ((JavascriptExecutor) phone).executeScript("return !!(document.querySelector("
                    + "'[data-testid=workshop-submit]').compareDocumentPosition(document.querySelector('[data-result]'))"
                    + " & Node.DOCUMENT_POSITION_FOLLOWING)")).as("the submit button before the result in the page's order")
                    .isTrue();
            assertThat(bottom(phone, ANALYSIS) - result).as("a result long enough to matter").isGreaterThan(844);
            Browsers.viewport(phone, phone.findElement(By.id("editor-form")), "workshop-phone-submit-after-draft");
            System.out.printf("phone 390x844: submit button top at %.0f px, result from %.0f to %.0f px%n",
                    submit, result, bottom(phone, ANALYSIS));

            phone.findElement(By.cssSelector("[data-testid=workshop-submit]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=history] > li"), 1));
            Browsers.screenshot(phone, "workshop-phone-after-submit");
        } finally {
            phone.quit();
        }
    }

    private static double top(ChromeDriver browser, String selector) {
        return edge(browser, selector, "top");
    }

    private static double bottom(ChromeDriver browser, String selector) {
        return edge(browser, selector, "bottom");
    }

    /**
     * Where the elements' outer edge lies from the top of the document, in CSS pixels: the topmost top, the lowest
     * bottom. (On a phone the result panel's own box steps aside, display: contents, and its parts are laid out one
     * by one, so the panel is measured by its parts.)
     */
    private static double edge(ChromeDriver browser, String selector, String edge) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("const rects = [...document.querySelectorAll("
                + "arguments[0])].map(e => e.getBoundingClientRect()[arguments[1]] + window.scrollY);"
                + "return arguments[1] === 'top' ? Math.min(...rects) : Math.max(...rects);", selector, edge))
                .doubleValue();
    }
}
