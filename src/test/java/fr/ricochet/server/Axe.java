package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core run in the page a browser shows, against WCAG 2.1 A and AA (contrast, labels, names, landmarks, ARIA,
 * language of the page); shared by the accessibility tests of every page.
 */
public final class Axe {

    static final String SOURCE = source();
    static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(JSON.stringify(result.violations.map(v => ({
                rule: v.id, impact: v.impact, help: v.help,
                elements: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary)})))))
              .catch(error => done('axe failed: ' + error));
            """;

    private Axe() {
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new AssertionError("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The violations on the page as it is now, one line each (rule, impact, help, the elements at fault); empty when
     * the page passes. The browser's script timeout must allow a run (a few seconds).
     */
    public static List<String> violations(JavascriptExecutor browser) throws IOException {
        browser.executeScript(SOURCE);
        Object answer = browser.executeAsyncScript(RUN);
        assertThat(answer).asString().doesNotStartWith("axe failed");
        List<String> found = new ArrayList<>();
        for (JsonNode violation : ReportJson.mapper().readTree(answer.toString())) {
            found.add(violation.get("rule").asText() + " (" + violation.get("impact").asText() + "): "
                    + violation.get("help").asText() + " at " + violation.get("elements"));
        }
        return found;
    }
}
