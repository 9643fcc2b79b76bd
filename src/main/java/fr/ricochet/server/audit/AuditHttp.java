package fr.ricochet.server.audit;

import fr.ricochet.server.web.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * The audit's wiring: the API route, the page and its fragment, sharing one lane of audits and one byte limit.
 * Their bodies are not buffered by the server's body gate (an archive may weigh 500 MB): they stream in.
 */
public final class AuditHttp {

    private static final Set<String> UPLOADS = Set.of(AuditRoutes.PATH, AuditPage.PATH, AuditPage.RESULT_PATH);

    private final AuditUploads uploads;
    private final AuditRoutes api;
    private final AuditPage page;

    /** @param rateLimit the pages' per-IP rate limit, applied to the page's uploads as to every form post */
    public AuditHttp(AccountAuditor auditor, AuditConfig config, Pages pages, Handler rateLimit) {
        this.uploads = new AuditUploads(auditor, config);
        this.api = new AuditRoutes(uploads);
        this.page = new AuditPage(uploads, pages, rateLimit);
    }

    /** Whether a request's body is an archive to stream rather than a small body to read whole first. */
    public boolean streamed(String path) {
        return UPLOADS.contains(path);
    }

    /** Whether an upload to this path would find every audit lane taken, decided before its body is read. */
    public boolean saturated(String path) {
        return streamed(path) && uploads.full();
    }

    public void register(RoutesConfig routes) {
        routes.post(AuditRoutes.PATH, api::audit);
        routes.get(AuditPage.PATH, page::show);
        routes.post(AuditPage.PATH, page::submit);
        routes.post(AuditPage.RESULT_PATH, page::result);
        for (String path : UPLOADS) {
            // An upload refused part-way leaves bytes unread, and Jetty closes the connection after the answer:
            // said in the answer, so that a client never sends its next request down a closing connection.
            routes.after(path, ctx -> {
                if (ctx.statusCode() >= 400) {
                    ctx.header("Connection", "close");
                }
            });
        }
    }
}
