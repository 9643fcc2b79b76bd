package fr.ricochet.server.workshop;

import fr.ricochet.workshop.WorkshopService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired workshops once at start and then periodically, on a daemon thread so it never keeps the process
 * alive. Expired workshops are already refused by the service; the purge only frees the space and keeps the promise
 * that data is gone after its lifetime. Several servers on one database may purge at once: the deletes are idempotent.
 */
final class WorkshopPurge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopPurge.class);

    private final ScheduledExecutorService scheduler;

    WorkshopPurge(WorkshopService service, Duration every) {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ricochet-workshop-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(() -> run(service), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void run(WorkshopService service) {
        try {
            int deleted = service.purgeExpired();
            if (deleted > 0) {
                LOG.info("deleted {} expired workshop(s) with all their data", deleted);
            }
        } catch (RuntimeException e) {
            // An exception would cancel the schedule; a database hiccup must only skip this round.
            LOG.warn("workshop purge failed, will retry: {}: {}", e.getClass().getName(), e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
