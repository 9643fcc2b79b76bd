package fr.ricochet.server.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly HTML error pages, in the page language, for browsers on the pages; API clients keep their
 * problem+json bodies. The server's one error renderer asks {@link #wants} before writing JSON.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 413, 415, 429, 500, 503);
    /** The result panels the pages' scripts fetch: the editor's, and the audit's (its page lives in server.audit). */
    private static final Set<String> SCRIPT_PATHS = Set.of(EditorPage.RESULT_PATH, "/audit/result");
    private static final String[] API_PREFIXES = {"/api/", "/v2/", "/health", "/metrics"};

    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    /** A browser asking for a page rather than a program calling the API. */
    public boolean wants(Context ctx) {
        if (SCRIPT_PATHS.contains(ctx.path())) {
            return false; // the page's script shows the problem in its status line, the draft or form untouched
        }
        for (String prefix : API_PREFIXES) {
            if (ctx.path().startsWith(prefix)) {
                return false;
            }
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public void render(Context ctx, int status, Map<String, String> headers) {
        headers.forEach(ctx::header);
        int known = KNOWN.contains(status) ? status : status >= 500 ? 500 : 400;
        try {
            pages.send(ctx, status, "error", Map.of("status", status, "kind", known));
        } catch (RuntimeException e) {
            // The error page itself failed: a bare message rather than a loop of errors.
            LOG.error("error page {} failed: {}", status, e.getMessage());
            ctx.status(status).contentType("text/plain; charset=utf-8").result("Error " + status);
        }
    }
}
