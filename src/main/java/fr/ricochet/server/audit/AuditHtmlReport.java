package fr.ricochet.server.audit;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.server.web.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An audit as one standalone HTML file (the CLI's {@code --html FILE}): the page's own result fragment, its charts
 * inline, its style sheets inlined, no script and no external asset, so that it opens anywhere, offline, and can
 * be mailed to a team.
 */
public final class AuditHtmlReport {

    private static final Templates TEMPLATES = new Templates(false);
    private static final String CSS = resource("static/css/ricochet.css") + "\n" + resource("static/css/audit.css");

    private AuditHtmlReport() {
    }

    /** @param language {@code fr} or {@code en}, the report's own language */
    public static String render(AuditReport report, String language) {
        return TEMPLATES.render("audit-report", language,
                Map.of("view", AuditView.of(report, language, true), "css", CSS, "lang", language));
    }

    private static String resource(String path) {
        try (InputStream in = AuditHtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
