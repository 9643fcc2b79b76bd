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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor where the person writes, in a real browser at 1400 px, 1366×768 and on a 390×844 phone: findings
 * underlined in the draft with their card, focus kept in the draft after a fix, the result marked out of date
 * while typing, the length warning, the summary in view, every field kept across a language switch.
 */
class EditorBrowserTest {

    static final String DRAFT = "Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree #culture #livres";
    /** Fourteen problems on seven networks: more cards than the eight shown at once. */
    static final String MANY = "Slt tt le monde!!! #tech #tech #a #b #c #d #e #f #g #h #i #j https://exemple.fr";

    static TestServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
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

    @BeforeEach
    void freshPage() {
        size(1400, 1000);
        driver.manage().deleteAllCookies();
        driver.get(server.uri("/?lang=fr").toString());
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
    }

    static void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The result panel is swapped whole at each analysis: an element read as it goes is simply read again. */
    static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    static WebElement draft() {
        return driver.findElement(By.cssSelector("[data-testid=draft]"));
    }

    /** Waits for a result about the draft as it stands (not out of date), and returns its score. */
    static int analysed() {
        return Integer.parseInt(waiting().until(d -> {
            List<WebElement> scores = d.findElements(By.cssSelector("[data-result]:not([data-stale]) [data-testid=score]"));
            return scores.isEmpty() || !d.findElement(By.cssSelector("[data-status]")).getText().contains("/ 100")
                    ? null : scores.get(0).getText();
        }));
    }

    static void type(String text) {
        driver.executeScript("const d = arguments[0]; d.value = arguments[1];"
                + "d.dispatchEvent(new Event('input', {bubbles: true}));", draft(), text);
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    static void tickAllNetworks() {
        for (WebElement box : driver.findElements(By.cssSelector("input[name=networks]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    @Test
    void findingsAreUnderlinedInTheDraftAndTheirCardOpensByKeyboardWithinTheWindow() {
        draft().sendKeys(DRAFT);
        analysed();
        List<WebElement> underlines = driver.findElements(By.cssSelector("[data-testid=finding-underline]"));
        assertThat(underlines).isNotEmpty();
        // The mirror holds exactly the draft's text, so each underline sits under its own words.
        assertThat(js("return document.querySelector('[data-draft-mirror]').textContent.replace('\\u200b', '')"))
                .isEqualTo(draft().getAttribute("value"));
        String first = underlines.get(0).getDomProperty("textContent");
        assertThat(DRAFT).contains(first);
        js("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", draft());
        draft().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        WebElement card = waiting().until(d -> {
            WebElement pop = d.findElement(By.cssSelector("[data-testid=finding-card]"));
            return pop.isDisplayed() ? pop : null;
        });
        assertThat(card.findElements(By.cssSelector("[data-testid=finding-card-item]"))).isNotEmpty();
        assertThat(js("return document.activeElement")).isEqualTo(draft());
        assertThat(rightEdge(card)).isLessThanOrEqualTo(viewportWidth());
        Browsers.viewport(driver, "editor-underline-card");
        // Escape closes the card, the caret stays in the draft.
        draft().sendKeys(Keys.ESCAPE);
        assertThat(card.isDisplayed()).isFalse();
        // The annotated text's marks are the keyboard list of the same spans: Enter selects the span in the draft.
        WebElement mark = driver.findElement(By.cssSelector("[data-testid=highlight]"));
        js("arguments[0].focus()", mark);
        mark.sendKeys(Keys.ENTER);
        assertThat(js("return document.activeElement")).isEqualTo(draft());
        assertThat(js("const d = arguments[0]; return d.value.slice(d.selectionStart, d.selectionEnd)", draft()))
                .isEqualTo(mark.getDomProperty("textContent"));
    }

    @Test
    void afterApplyOrUseThisVersionTheFocusIsBackInTheDraft() {
        draft().sendKeys(DRAFT);
        analysed();
        String before = draft().getAttribute("value");
        driver.findElement(By.cssSelector("[data-result] [data-testid=suggestion-apply]")).click();
        waiting().until(d -> !draft().getAttribute("value").equals(before));
        assertThat(js("return document.activeElement")).isEqualTo(draft());
        analysed();
        assertThat(js("return document.activeElement")).isEqualTo(draft());
        String rewrite = driver.findElement(By.cssSelector("[data-testid=rewrite-use]")).getAttribute("value");
        driver.findElement(By.cssSelector("[data-testid=rewrite-use]")).click();
        waiting().until(d -> draft().getAttribute("value").equals(rewrite));
        analysed();
        assertThat(js("return document.activeElement")).isEqualTo(draft());
        // A fix from a finding's card, opened by a click in the underlined word, works the same way.
        Long offset = (Long) js("const m = document.querySelector('[data-result-body] mark[data-offset]');"
                + "return m ? Number(m.dataset.offset) : -1");
        if (offset >= 0) {
            js("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);"
                    + "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", draft(), offset + 1);
            List<WebElement> applies = driver.findElements(By.cssSelector("[data-testid=finding-card-apply]"));
            if (!applies.isEmpty()) {
                String text = draft().getAttribute("value");
                applies.get(0).click();
                waiting().until(d -> !draft().getAttribute("value").equals(text));
                assertThat(js("return document.activeElement")).isEqualTo(draft());
            }
        }
    }

    @Test
    void whileTypingTheResultIsMarkedOutOfDateUntilRedrawn() {
        draft().sendKeys(DRAFT);
        analysed();
        WebElement stale = driver.findElement(By.cssSelector("[data-testid=result-stale]"));
        assertThat(stale.isDisplayed()).isFalse();
        draft().sendKeys(" et");
        assertThat(driver.findElements(By.cssSelector("[data-result][data-stale]"))).hasSize(1);
        assertThat(stale.isDisplayed()).isTrue();
        assertThat(stale.getText()).contains("Périmé");
        // Out of date, the underlines go: their offsets belong to the text before.
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding-underline]"))).isEmpty();
        analysed();
        assertThat(stale.isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("[data-testid=finding-underline]"))).isNotEmpty();
        // Another field than the text makes it out of date too: a network ticked.
        driver.findElement(By.cssSelector("input[name=networks][value=linkedin]")).click();
        assertThat(stale.isDisplayed()).isTrue();
        analysed();
        assertThat(driver.findElements(By.cssSelector("[data-testid=preview]"))).hasSize(2);
    }

    @Test
    void aDraftNearingTheLimitIsWarnedAndOverItNothingIsSentNorLost() {
        WebElement warning = driver.findElement(By.cssSelector("[data-testid=length-warning]"));
        type("a. ".repeat(2000));
        assertThat(warning.isDisplayed()).isFalse();
        type("Bonjour. ".repeat(1000) + "a".repeat(100));
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getDomProperty("textContent")).isEqualTo("9\u202F100 caractères sur les 10\u202F000 permis"
                + "\u00A0: la limite approche.");
        String over = "Bonjour. ".repeat(1112) + "abc";
        type(over);
        assertThat(warning.getAttribute("class")).contains("over");
        assertThat(warning.getDomProperty("textContent")).startsWith("10\u202F011 caractères\u00A0: c'est plus que");
        waiting().until(d -> d.findElement(By.cssSelector("[data-status]")).getDomProperty("textContent")
                .startsWith("10\u202F011 caractères"));
        assertThat(draft().getAttribute("value")).isEqualTo(over);
        Browsers.viewport(driver, "editor-length-over");
    }

    @Test
    void theLanguageSwitchKeepsEveryField() {
        draft().sendKeys("Brouillon gardé avec son image");
        driver.findElement(By.cssSelector("input[name=networks][value=linkedin]")).click();
        driver.findElement(By.cssSelector("[data-media-add]")).click();
        driver.findElement(By.cssSelector("input[name=mediaAlt]")).sendKeys("Affiche du club");
        new Select(driver.findElement(By.id("audience"))).selectByValue("b2b");
        js("const f = arguments[0]; f.querySelector('#date').value = '2026-12-03';"
                + "f.querySelector('#time').value = '18:30'; f.querySelector('#timeZone').value = 'America/Montreal';"
                + "f.dispatchEvent(new Event('change'));", driver.findElement(By.id("editor-form")));
        driver.findElement(By.cssSelector("[data-testid=lang-switch]")).click();
        waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        assertThat(draft().getAttribute("value")).isEqualTo("Brouillon gardé avec son image");
        assertThat(driver.findElements(By.cssSelector("input[name=networks]:checked")).stream()
                .map(b -> b.getAttribute("value")).toList()).containsExactly("x", "linkedin");
        assertThat(driver.findElement(By.cssSelector("input[name=mediaAlt]")).getAttribute("value"))
                .isEqualTo("Affiche du club");
        assertThat(new Select(driver.findElement(By.cssSelector("select[name=mediaType]"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("image");
        assertThat(driver.findElement(By.id("audience")).getAttribute("value")).isEqualTo("b2b");
        assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("2026-12-03");
        assertThat(driver.findElement(By.id("time")).getAttribute("value")).isEqualTo("18:30");
        assertThat(driver.findElement(By.id("timeZone")).getAttribute("value")).isEqualTo("America/Montreal");
        analysed();
        assertThat(driver.findElements(By.cssSelector("[data-testid=preview]"))).hasSize(2);
    }

    @Test
    void at1366x768TheFormIsNoScrollBoxAndTheSummaryStaysBesideTheDraft() {
        size(1366, 768);
        tickAllNetworks();
        draft().sendKeys(MANY);
        analysed();
        WebElement form = driver.findElement(By.id("editor-form"));
        assertThat(js("return getComputedStyle(arguments[0]).overflowY", form)).isEqualTo("visible");
        assertThat((Long) js("return arguments[0].scrollHeight - arguments[0].clientHeight", form)).isLessThanOrEqualTo(1L);
        // The page scrolls to the date, time and Analyse; the score stays in view beside the draft.
        WebElement analyse = driver.findElement(By.cssSelector("[data-testid=submit]"));
        js("arguments[0].scrollIntoView({block: 'center'})", analyse);
        assertThat(inView(analyse)).isTrue();
        assertThat(inView(driver.findElement(By.id("time")))).isTrue();
        WebElement summary = driver.findElement(By.cssSelector("[data-testid=result-summary]"));
        assertThat(inView(summary)).isTrue();
        assertThat(summary.getText()).contains("X : ", "(liens = 23, emoji = 2)", "Bluesky : ");
        Browsers.viewport(driver, analyse, "editor-1366-scrolled");
        // Eight cards at most at once; the rest behind "show all", which opens without JavaScript's help.
        assertThat(visibleFindings()).isEqualTo(8);
        WebElement all = driver.findElement(By.cssSelector("[data-testid=findings-show-all]"));
        all.findElement(By.tagName("summary")).click();
        assertThat(visibleFindings()).isGreaterThan(8);
        // The heat map's network is chosen by the server too: switching draws that network's week.
        new Select(driver.findElement(By.cssSelector("[data-testid=heat-network]"))).selectByValue("linkedin");
        waiting().until(d -> d.findElement(By.cssSelector(".heat svg")).getAttribute("aria-label").endsWith("LinkedIn"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=findings-show-all]")).getAttribute("open")).isNotNull();
    }

    @Test
    void onAPhoneTheSummaryIsABarAtTheTopAndNothingIsCutAtTheRightEdge() {
        size(390, 844);
        driver.navigate().refresh();
        tickAllNetworks();
        draft().sendKeys(MANY);
        analysed();
        WebElement summary = driver.findElement(By.cssSelector("[data-testid=result-summary]"));
        // Above the form, and still at the top once the person scrolled down to the date and time.
        assertThat(summary.getRect().getY()).isLessThan(draft().getRect().getY());
        js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("time")));
        assertThat(((Number) js("return arguments[0].getBoundingClientRect().top", summary)).doubleValue())
                .isBetween(-1.0, 1.0);
        assertThat(summary.getRect().getHeight()).isLessThan(200);
        Browsers.viewport(driver, "editor-phone-bar");
        js("window.scrollTo(0, 0)");
        js("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", draft());
        draft().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        WebElement card = driver.findElement(By.cssSelector("[data-testid=finding-card]"));
        assertThat(card.isDisplayed()).isTrue();
        assertThat(rightEdge(card)).isLessThanOrEqualTo(viewportWidth());
        Browsers.viewport(driver, "editor-phone-card");
        draft().sendKeys(Keys.ESCAPE);
        // The annotated text's tip is as wide as the text, not cut at the right edge.
        WebElement mark = driver.findElements(By.cssSelector("[data-testid=highlight]")).get(0);
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", mark);
        assertThat(js("const r = getComputedStyle(arguments[0], '::after'); return r.left + ' ' + r.right", mark))
                .isEqualTo("0px 0px");
        assertThat(rightEdge(driver.findElement(By.cssSelector("[data-testid=draft-view]"))))
                .isLessThanOrEqualTo(viewportWidth());
        assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .isLessThanOrEqualTo(0L);
        Browsers.screenshot(driver, "editor-phone-many");
    }

    /**
     * One rendering, seen in the browser: the panel editor.js swapped in and the one the page without the script's
     * help shows after a real form post (data-live-submit="false", the workshop's way) are the same markup.
     */
    @Test
    void theSwappedPanelIsThePanelOfTheFormPost() {
        tickAllNetworks();
        driver.findElement(By.cssSelector("[data-media-add]")).click();
        driver.findElement(By.cssSelector("input[name=mediaAlt]")).sendKeys("Affiche <b>du</b> club");
        draft().sendKeys(MANY);
        analysed();
        String swapped = panel();
        js("window.__samePage = true; document.getElementById('editor-form').dataset.liveSubmit = 'false'");
        driver.findElement(By.cssSelector("[data-testid=submit]")).click();
        waiting().until(d -> js("return window.__samePage === undefined && document.readyState === 'complete'")
                .equals(Boolean.TRUE));
        assertThat(draft().getAttribute("value")).isEqualTo(MANY);
        assertThat(panel()).isEqualTo(swapped).contains("data-testid=\"finding\"", "Affiche &lt;b&gt;du&lt;/b&gt; club");
    }

    private static String panel() {
        return ((String) js("return document.querySelector('[data-result-body]').outerHTML"))
                .replaceAll("\\s+", " ").replace("> <", "><");
    }

    private static long visibleFindings() {
        return ((Number) js("return [...document.querySelectorAll('[data-testid=finding]')]"
                + ".filter(f => f.checkVisibility()).length")).longValue();
    }

    private static boolean inView(WebElement element) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= innerHeight && r.height > 0", element);
    }

    private static double rightEdge(WebElement element) {
        return ((Number) js("return arguments[0].getBoundingClientRect().right", element)).doubleValue();
    }

    private static double viewportWidth() {
        return ((Number) js("return document.documentElement.clientWidth")).doubleValue();
    }
}
