package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone report: one file that needs nothing else, the same result as the page. */
class AuditHtmlReportTest {

    @Test
    void theReportIsOneFileWithItsStylesChartsAndDownloadsInlineAndNoScript() {
        String html = AuditHtmlReport.render(SampleAudits.robot(), "fr");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "<style>", "--brand:",
                ".audit-signal", "Audit du compte @decisions_bot", "data-testid=\"audit-result\"");
        assertThat(Pattern.compile("<svg").matcher(html).results().count()).isEqualTo(4);
        // Nothing to fetch: no script, no linked style sheet, no link into the server.
        assertThat(html).doesNotContain("<script", "<link", "src=\"/", "href=\"/");
        assertThat(html).contains("href=\"data:application/json;charset=utf-8,");
        assertThat(html).doesNotContain("audit-save-profile"); // no server to store a profile in
        assertThat(html).doesNotContain("audit-download-report"); // the file is the report already
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void theReportIsWrittenInItsLanguage() {
        String html = AuditHtmlReport.render(SampleAudits.withoutCalibration(), "en");
        assertThat(html).contains("<html lang=\"en\">", "Audit of the account @decisions_bot", "Reads as a person",
                "Robot-likeness signals").doesNotContain("??");
    }
}
