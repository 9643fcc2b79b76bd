package fr.ricochet.server.web;

import fr.ricochet.engine.Advisor;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** GET and POST /: the editor (filled in by the next commit). */
final class EditorPage {

    private final Pages pages;

    EditorPage(Advisor advisor, PageAnalyzer analyzer, Handler rateLimit, Pages pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        pages.send(ctx, 200, "index", Map.of());
    }

    void submit(Context ctx) {
        show(ctx);
    }
}
