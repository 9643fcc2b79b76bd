package fr.ricochet.server.web;

import fr.ricochet.engine.Advisor;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * The web pages' wiring: security headers on every answer, static files from the class path, the editor at
 * {@code /} and the tips at {@code /tips}. {@link #pages()} and {@link #errorPages()} are what other page
 * sets (the workshop's) reuse.
 */
public final class WebPages {

    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);
    private static final Set<String> PAGE_CALLS = Set.of("/api/v1/analyze", "/api/v1/profiles");

    private final Pages pages;
    private final ErrorPages errorPages;
    private final TipsPage tips;
    private final EditorPage editor;
    private final EditorModel editorModel;

    /**
     * @param analyzer  runs an analysis with the same pool, deadline and metrics as the API
     * @param rateLimit the API's per-IP rate limit, applied to form posts as well
     */
    public WebPages(Advisor advisor, PageAnalyzer analyzer, Handler rateLimit, PageConfig config) {
        this.pages = new Pages(new Templates(config.development()), Csrf.withSecret(config.secret()));
        this.errorPages = new ErrorPages(pages);
        this.tips = new TipsPage(advisor.rules(), pages);
        this.editorModel = new EditorModel(advisor.rules());
        this.editor = new EditorPage(advisor, analyzer, rateLimit, pages, editorModel);
    }

    /** For pages that embed the editor fragment with their own submit URL. */
    public EditorModel editorModel() {
        return editorModel;
    }

    public Pages pages() {
        return pages;
    }

    public ErrorPages errorPages() {
        return errorPages;
    }

    /**
     * Whether a call to the API comes from one of these pages' scripts (same origin, valid CSRF token). Only
     * the single analysis the editor needs and the storing of a profile the audit page offers are open to them;
     * batches and the rest still need a key.
     */
    public boolean pageCall(Context ctx) {
        return PAGE_CALLS.contains(ctx.path()) && pages.csrf().pageCall(ctx);
    }

    public void register(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=300");
        });
        cfg.routes.before(SecurityHeaders::apply);
        cfg.routes.exception(TemplateProcessingException.class, (e, ctx) -> {
            LOG.error("template error on {}: {}", ctx.path(), e.getMessage());
            if (pages.templates().development()) {
                ctx.status(500).contentType("text/plain; charset=utf-8").result("Template error: " + e.getMessage());
            } else {
                errorPages.render(ctx, 500, Map.of());
            }
        });
        cfg.routes.get("/", editor::show);
        cfg.routes.post("/", editor::submit);
        cfg.routes.post(EditorPage.RESULT_PATH, editor::result);
        cfg.routes.get("/tips", tips::show);
    }
}
