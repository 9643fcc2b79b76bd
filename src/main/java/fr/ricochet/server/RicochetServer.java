package fr.ricochet.server;

import fr.ricochet.engine.Advisor;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.RateLimiter;
import fr.ricochet.server.http.ServerLimits;
import fr.ricochet.server.web.WebPages;
import fr.ricochet.server.workshop.WorkshopHttp;
import fr.ricochet.workshop.store.JdbcProfileStore;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP face of one {@link Advisor}: all the wiring in one place, each concern in its own class.
 * The advisor (rules and NLP models) is built before the server listens, so the first request that
 * reaches /health is already answered by a ready server.
 */
public final class RicochetServer {

    /**
     * Enough for the pages and workshops, whose analyses still wait on the thread that took the request; the API's
     * analyses and every body read wait on none.
     */
    private static final int HTTP_THREADS = 200;

    private final Javalin app;
    private final Analyses analyses;
    private final WorkshopHttp workshops;

    private RicochetServer(Javalin app, Analyses analyses, WorkshopHttp workshops) {
        this.app = app;
        this.analyses = analyses;
        this.workshops = workshops;
    }

    public static RicochetServer start(ServerConfig config, Advisor engine, String version) {
        OpenApiDocument openApi = OpenApiDocument.load(version, engine.rules());
        // Opened before listening: a database that cannot be reached stops the start, not the first submission.
        JdbcWorkshopStore store = JdbcWorkshopStore.open(config.workshops().database());
        JdbcProfileStore profiles = store.profiles();
        // Every request read by the server, from the API, the pages or a workshop, may name a stored profile.
        Advisor advisor = engine.withProfiles(profiles);
        Metrics metrics = new Metrics();
        // Jetty's threads parse requests and write answers; waiting for an analysis or a body holds none of them.
        QueuedThreadPool http = new QueuedThreadPool(HTTP_THREADS, 8, 60_000);
        http.setName("ricochet-http");
        Analyses analyses = new Analyses(config.analysisThreads(), config.queuedAnalyses(), config.requestTimeout(),
                advisor, metrics, http);
        AccessGuard guard = new AccessGuard(new ApiKeys(config.apiKeys()),
                new RateLimiter(config.rateLimitPerMinute(), System::nanoTime));
        BodyGate gate = new BodyGate(analyses::saturated, guard, config.bodyTimeout().toMillis(),
                ServerLimits.MAX_BATCH_BODY);
        AnalyzeRoutes analyze = new AnalyzeRoutes(advisor, analyses, guard);
        CatalogRoutes catalog = new CatalogRoutes(advisor.rules());
        LanguageToolRoutes languageTool = new LanguageToolRoutes(advisor, analyses, version);
        Health health = new Health(version, advisor.rules(), advisor::grammar);
        WebPages web = new WebPages(advisor, analyses::analyze, guard::checkPage, config.pages());
        WorkshopHttp workshops = WorkshopHttp.open(config.workshops(), store, advisor, analyses::analyze);
        ProfileRoutes profileRoutes = new ProfileRoutes(profiles, advisor.reader().profiles(), Clock.systemUTC());

        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.threadPool = http;
            server(cfg, config, gate);
            cors(cfg, config.corsOrigins());
            cfg.requestLogger.http((ctx, millis) -> {
                metrics.record(ctx, millis);
                AccessLog.log(ctx, millis);
            });
            ProblemRenderer.register(cfg.routes, web.errorPages());
            web.register(cfg);
            cfg.routes.beforeMatched(BodyGate::refuseIfAsked); // after every before filter (headers, keys)
            // The pages' own scripts call the API with their CSRF token instead of a key (see WebPages).
            cfg.routes.before("/api/*", ctx -> {
                if (web.pageCall(ctx) || workshops.dashboardCall(ctx, web.pages().csrf())) {
                    guard.checkPage(ctx);
                } else {
                    guard.check(ctx);
                }
            });
            cfg.routes.before("/v2/*", guard::check);
            cfg.routes.get("/health", health::answer);
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            cfg.routes.post("/api/v1/analyze", analyze::analyze);
            cfg.routes.post("/api/v1/analyze/batch", analyze::batch);
            cfg.routes.get("/api/v1/rules", catalog::tips);
            cfg.routes.get("/api/v1/networks", catalog::networks);
            cfg.routes.get("/api/v1/openapi.json", openApi::answer);
            cfg.routes.post(ProfileRoutes.BASE, profileRoutes::create);
            cfg.routes.get(ProfileRoutes.BASE + "/{id}", profileRoutes::find);
            cfg.routes.delete(ProfileRoutes.BASE + "/{id}", profileRoutes::delete);
            cfg.routes.post("/v2/check", languageTool::check);
            cfg.routes.get("/v2/check", languageTool::check);
            cfg.routes.get("/v2/languages", languageTool::languages);
            workshops.register(cfg.routes, web.pages(), web.editorModel(), guard::checkPage);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            workshops.close(); // e.g. the port is taken: free the database file for the next attempt
            throw e;
        }
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            // Javalin creates its connector at start; a silent client is dropped after this long.
            ((AbstractConnector) connector).setIdleTimeout(config.idleTimeout().toMillis());
        }
        return new RicochetServer(app, analyses, workshops);
    }

    private static void server(JavalinConfig cfg, ServerConfig config, BodyGate gate) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.http.maxRequestSize = ServerLimits.MAX_BATCH_BODY;
        cfg.http.prefer405over404 = true;
        cfg.http.defaultContentType = Json.CONTENT_TYPE;
        cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        cfg.jetty.modifyServer(server -> {
            // On stop, connectors close first (no new requests), then in-flight ones get this long to end.
            // Javalin puts its servlets inside the innermost wrapper: every request passes the gate first.
            server.setHandler(new GracefulHandler(gate));
            server.setStopTimeout(config.shutdownTimeout().toMillis());
            server.setStopAtShutdown(false);
            server.setErrorHandler(new JettyErrors()); // Jetty's own 400, 414, 431, 505 speak problem+json too
        });
    }

    private static void cors(JavalinConfig cfg, List<String> origins) {
        Cors cors = new Cors(origins);
        if (!cors.enabled()) {
            return; // no CORS headers at all: browsers then refuse cross-origin calls
        }
        cfg.routes.before(cors::apply);
        // A preflight is answered by the before handler; this route keeps OPTIONS from being a 404 or 405.
        cfg.routes.options("/*", ctx -> ctx.status(204));
    }

    /** Whether analyses are in hand, for tests of a stop with requests in flight. */
    boolean busy() {
        return analyses.busy();
    }

    /** The analysis lanes, for tests that fill them on purpose. */
    Analyses analyses() {
        return analyses;
    }

    public int port() {
        return app.port();
    }

    /**
     * Stops taking requests, lets in-flight ones finish within the shutdown timeout, then frees the pool and closes
     * the workshop database.
     */
    public void stop() {
        app.stop();
        analyses.close();
        workshops.close();
    }
}
