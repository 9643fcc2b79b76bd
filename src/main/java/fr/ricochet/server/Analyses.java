package fr.ricochet.server;

import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.Localized;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs analyses on a small pool sized to the cores, with a deadline. Analyses are CPU-bound, so more
 * threads than cores only add waiting; a bounded queue turns overload into a quick 503 rather than a
 * pile-up, and a request that misses its deadline gets a 503 instead of holding its client forever.
 */
final class Analyses implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final Advisor advisor;
    private final Metrics metrics;

    Analyses(int threads, Duration timeout, Advisor advisor, Metrics metrics) {
        this.advisor = advisor;
        this.metrics = metrics;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 64), runnable -> {
                    Thread thread = new Thread(runnable, "ricochet-analysis-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.timeout = timeout;
    }

    /** One analysis the way every endpoint, page and workshop runs it: on the pool, under the deadline, timed. */
    Report analyze(AnalysisRequest request) {
        return run(() -> timed(() -> advisor.analyze(request)));
    }

    /** One piece of analysis work, timed in the analysis metric; for the items of a batch. */
    <T> T timed(Supplier<T> analysis) {
        return metrics.timeAnalysis(analysis);
    }

    <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw Problems.unavailable(new Localized("trop d'analyses en attente ; réessayez",
                    "too many analyses waiting; retry"));
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw Problems.unavailable(new Localized("l'analyse n'a pas fini en " + timeout.toMillis() + " ms",
                    "the analysis did not finish within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw Problems.unavailable(new Localized("le serveur s'arrête", "the server is stopping"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether an analysis is running or waiting. */
    boolean busy() {
        return pool.getActiveCount() > 0 || !pool.getQueue().isEmpty();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
