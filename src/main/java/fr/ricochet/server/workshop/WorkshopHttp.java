package fr.ricochet.server.workshop;

import fr.ricochet.engine.Advisor;
import fr.ricochet.workshop.WorkshopService;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * Workshop mode on the server: opens the store when the server starts (migrating its tables), purges expired
 * workshops at start and then periodically, registers the routes, and closes everything when the server stops.
 * The service keeps no state between requests, so several servers can share one PostgreSQL.
 */
public final class WorkshopHttp implements AutoCloseable {

    private final JdbcWorkshopStore store;
    private final WorkshopPurge purge;
    private final WorkshopApiRoutes api;

    private WorkshopHttp(JdbcWorkshopStore store, WorkshopPurge purge, WorkshopApiRoutes api) {
        this.store = store;
        this.purge = purge;
        this.api = api;
    }

    public static WorkshopHttp open(WorkshopConfig config, Advisor advisor) {
        JdbcWorkshopStore store = JdbcWorkshopStore.open(config.database());
        WorkshopService service = new WorkshopService(store, advisor, config.limits(), Clock.systemUTC());
        WorkshopThrottle throttle = new WorkshopThrottle(config.joinsPerMinute(), config.submissionsPerMinute());
        return new WorkshopHttp(store, new WorkshopPurge(service, config.purgeEvery()),
                new WorkshopApiRoutes(service, throttle));
    }

    public void register(RoutesConfig routes) {
        api.register(routes);
    }

    @Override
    public void close() {
        purge.close();
        store.close();
    }
}
