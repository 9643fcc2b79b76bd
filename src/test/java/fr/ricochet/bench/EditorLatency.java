package fr.ricochet.bench;

import fr.ricochet.server.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: figures for the README. {@code latency}: types 50 one-character edits at the end of a draft in the
 * editor and prints the median and p90 of the time from the keystroke to the redrawn result (a MutationObserver
 * on the result section, timed in the page). {@code height}: on a 390×844 phone with the seven networks ticked,
 * for each sample draft, the height of the result's cards one under the other, where the score starts and how many
 * finding cards there are (and how many show before "show all").
 * Usage (see src/test/bench/editor-latency.sh): EditorLatency base-url latency|height [drafts.jsonl]
 */
public final class EditorLatency {

    private static final int EDITS = 50;
    private static final String[] NETWORKS = {"x", "mastodon", "bluesky", "threads", "linkedin", "facebook", "instagram"};

    private EditorLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (args[1].equals("height")) {
            height(base, Path.of(args.length > 2 ? args[2] : "../shared/samples/drafts.jsonl"));
        } else {
            latency(base);
        }
    }

    private static void latency(String base) {
        ChromeDriver driver = Browsers.chrome(true, 1400, 1000);
        try {
            driver.get(base + "/?lang=fr");
            WebElement draft = driver.findElement(By.cssSelector("[data-testid=draft]"));
            draft.sendKeys("Conférence jeudi 18h à la médiathèque. Venez nombreux #Médiation ");
            waitForScore(driver);
            // The page notes when the result section's content was last replaced (not when it was marked out of date);
            // each edit waits for a replacement after its keystroke.
            driver.executeScript("const r = document.querySelector('[data-result]');"
                    + "new MutationObserver(() => { window.__redrawnAt = performance.now(); })"
                    + ".observe(r, {childList: true});"
                    + "document.querySelector('[data-testid=draft]').addEventListener('keydown',"
                    + " () => { window.__typedAt = performance.now(); window.__redrawnAt = 0; }, true);");
            Thread.sleep(1500);
            List<Double> times = new ArrayList<>();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            for (int i = 0; i < EDITS; i++) {
                // Edits that change the analysis (a word, then a space) so every one redraws something.
                draft.sendKeys(i % 2 == 0 ? "x" : "!");
                wait.until(d -> ((Number) driver.executeScript("return window.__redrawnAt || 0")).doubleValue() > 0
                        && d.findElements(By.cssSelector("[data-result][data-stale]")).isEmpty());
                double typed = ((Number) driver.executeScript("return window.__typedAt")).doubleValue();
                double drawn = ((Number) driver.executeScript("return window.__redrawnAt")).doubleValue();
                times.add(drawn - typed);
            }
            Collections.sort(times);
            System.out.printf("keystroke to redrawn result over %d edits: median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                    EDITS, times.get(EDITS / 2), times.get((int) Math.ceil(EDITS * 0.9) - 1), times.get(EDITS - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.quit();
        }
    }

    private static void height(String base, Path drafts) throws Exception {
        ChromeDriver driver = Browsers.chrome(true, 390, 844);
        try {
            List<Long> heights = new ArrayList<>();
            for (String line : Files.readAllLines(drafts)) {
                String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText();
                driver.manage().deleteAllCookies();
                driver.get(base + "/?lang=fr");
                driver.executeScript("sessionStorage.clear()");
                driver.navigate().refresh();
                for (String network : NETWORKS) {
                    WebElement box = driver.findElement(By.cssSelector("input[name=networks][value=" + network + "]"));
                    if (!box.isSelected()) {
                        driver.executeScript("arguments[0].click()", box);
                    }
                }
                driver.executeScript("const d = document.querySelector('[data-testid=draft]'); d.value = arguments[0];"
                        + "d.dispatchEvent(new Event('input', {bubbles: true}));", text);
                waitForScore(driver);
                settle(driver);
                // The result's cards one under the other (a card's bottom margin is 1rem): on a phone the panel's
                // parts are rows of the page's layout, so the section itself has no box to measure.
                long result = ((Number) driver.executeScript("return Math.round([...document.querySelectorAll("
                        + "'[data-result] .card')].filter(c => !c.closest('details:not([open])') && !c.closest("
                        + "'[data-finding-pop]')).reduce((h, c) => h + c.getBoundingClientRect().height + 16, 0))"))
                        .longValue();
                long scoreTop = ((Number) driver.executeScript("return Math.round(document.querySelector("
                        + "'[data-testid=score]').getBoundingClientRect().top + scrollY)")).longValue();
                long findings = ((Number) driver.executeScript("return document.querySelectorAll("
                        + "'[data-testid=finding]').length")).longValue();
                long visible = ((Number) driver.executeScript("return [...document.querySelectorAll("
                        + "'[data-testid=finding]')].filter(f => f.checkVisibility()).length")).longValue();
                heights.add(result);
                if (heights.size() == 1) {
                    System.out.println("first draft, card by card: " + driver.executeScript("return [...document"
                            + ".querySelectorAll('[data-result] .card')].filter(c => !c.closest('[data-finding-pop]'))"
                            + ".map(c => (c.querySelector('h2') || c).textContent.replace(/\\s+/g, ' ').trim().slice(0, 14) + ' '"
                            + " + Math.round(c.getBoundingClientRect().height)).join(', ')"));
                }
                System.out.printf("result %5d px, score top %5d px, findings %d (%d visible)%n", result, scoreTop,
                        findings, visible);
            }
            Collections.sort(heights);
            System.out.printf("phone 390x844, 7 networks: result height median %d px, max %d px%n",
                    heights.get(heights.size() / 2), heights.get(heights.size() - 1));
        } finally {
            driver.quit();
        }
    }

    /** Waits until the result has not changed for a second: the last analysis is drawn. */
    private static void settle(ChromeDriver driver) throws InterruptedException {
        String before = "";
        String now = (String) driver.executeScript("return document.querySelector('[data-result]').innerHTML");
        while (!now.equals(before)) {
            Thread.sleep(1000);
            before = now;
            now = (String) driver.executeScript("return document.querySelector('[data-result]').innerHTML");
        }
    }

    private static void waitForScore(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[data-result] [data-testid=score]")).isEmpty()
                        && d.findElements(By.cssSelector("[data-result][data-stale]")).isEmpty());
    }
}
