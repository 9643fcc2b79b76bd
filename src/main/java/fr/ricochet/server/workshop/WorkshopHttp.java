package fr.ricochet.server.workshop;

import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.web.Csrf;
import fr.ricochet.server.web.EditorModel;
import fr.ricochet.server.web.Pages;
import fr.ricochet.workshop.JoinCodes;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopService;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.function.Function;

/**
 * Workshop mode on the server: opens the store when the server starts (migrating its tables), purges expired
 * workshops at start and then periodically, registers the routes, and closes everything when the server stops.
 * The service keeps no state between requests, so several servers can share one PostgreSQL.
 */
public final class WorkshopHttp implements AutoCloseable {

    private final JdbcWorkshopStore store;
    private final WorkshopPurge purge;
    private final WorkshopService service;
    private final WorkshopThrottle throttle;
    private final Advisor advisor;
    private final WorkshopLinks links;

    private WorkshopHttp(JdbcWorkshopStore store, WorkshopPurge purge, WorkshopService service,
            WorkshopThrottle throttle, Advisor advisor, WorkshopLinks links) {
        this.store = store;
        this.purge = purge;
        this.service = service;
        this.throttle = throttle;
        this.advisor = advisor;
        this.links = links;
    }

    /**
     * @param store    the workshop database, opened by the server (which keeps the calibration profiles there too);
     *                 closed with this
     * @param analysis the server's way to run an analysis (pool, deadline, timing), used for submissions
     */
    public static WorkshopHttp open(WorkshopConfig config, JdbcWorkshopStore store, Advisor advisor,
            Function<AnalysisRequest, Report> analysis) {
        WorkshopService service = new WorkshopService(store, advisor, config.limits(), Clock.systemUTC(), analysis);
        WorkshopThrottle throttle = new WorkshopThrottle(config.joinsPerMinute(), config.submissionsPerMinute());
        return new WorkshopHttp(store, new WorkshopPurge(service, config.purgeEvery()), service, throttle, advisor,
                new WorkshopLinks(config.publicUrl()));
    }

    /**
     * @param pages     the web pages' renderer (layout, language, CSRF), shared so workshop pages look and behave alike
     * @param editor    the editor fragment's model, which the participant page embeds
     * @param rateLimit the per-IP limit the other pages' form posts go through
     */
    public void register(RoutesConfig routes, Pages pages, EditorModel editor, Handler rateLimit) {
        new WorkshopApiRoutes(service, throttle, links).register(routes);
        WorkshopPageSupport support = new WorkshopPageSupport(pages, rateLimit, editor);
        new TrainerPages(service, advisor.rules(), support, links).register(routes);
        new ParticipantPages(service, support, throttle).register(routes);
    }

    /**
     * Whether an API call comes from the trainer's dashboard: a workshop endpoint, a trainer token that proves its
     * secret for the very workshop the path names, and this browser's CSRF token. The dashboard has no API key to
     * send, so when keys are configured such calls go through the pages' rate limit instead, like the editor's
     * analyses. A token that proves nothing (`X-Trainer-Token: anything`) leaves the call to the API key check.
     */
    public boolean dashboardCall(Context ctx, Csrf csrf) {
        String prefix = WorkshopApiRoutes.BASE + "/";
        String token = ctx.header(WorkshopApiRoutes.TRAINER_HEADER);
        if (!ctx.path().startsWith(prefix) || token == null || !csrf.pageCall(ctx)) {
            return false;
        }
        String code = ctx.path().substring(prefix.length()).split("/", 2)[0];
        try {
            return service.workshop(token).joinCode().equals(JoinCodes.normalize(code));
        } catch (WorkshopException | InvalidRequestException e) {
            return false; // a wrong token, or one of another workshop
        }
    }

    @Override
    public void close() {
        purge.close();
        store.close();
    }
}
