package fr.ricochet.server;

import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.Problems;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs analyses with a deadline on two bounded lanes sized to the cores: one for single analyses (the API, the
 * pages, workshops, LanguageTool's endpoint), one for batches, so that a client sending batches can slow the
 * others' single analyses only by sharing the CPU, never by holding the queue they wait in. Analyses are
 * CPU-bound, so more threads than cores only add waiting; a full lane turns overload into a quick 503 (decided
 * before the body is even read, see {@link BodyGate}), and a request that misses its deadline gets a 503 instead
 * of holding its client forever.
 */
final class Analyses implements AutoCloseable {

    private final Lane singles;
    private final Lane batches;
    private final ScheduledThreadPoolExecutor deadlines;
    private final Duration timeout;
    private final Advisor advisor;
    private final Metrics metrics;
    private final Executor answers;

    /**
     * @param queued  most single analyses waiting at once; batches may have a quarter of that many, at least 2
     * @param answers where finished analyses are handed back (the HTTP threads)
     */
    Analyses(int threads, int queued, Duration timeout, Advisor advisor, Metrics metrics, Executor answers) {
        this.advisor = advisor;
        this.answers = answers;
        this.metrics = metrics;
        this.singles = new Lane("ricochet-analysis-", threads, queued);
        // Half the cores for batches: on two cores, singles keep two threads of their own against one.
        this.batches = new Lane("ricochet-batch-", Math.max(1, threads / 2), Math.max(2, queued / 4));
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ricochet-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true); // a deadline met is dropped at once, not kept until it would fire
        this.timeout = timeout;
    }

    /** One analysis the way pages and workshops run it: on the pool, under the deadline, timed; waits for it. */
    Report analyze(AnalysisRequest request) {
        return await(analyzeAsync(request));
    }

    /** The same, without holding the caller's thread while it waits: for the API's routes. */
    CompletableFuture<Report> analyzeAsync(AnalysisRequest request) {
        return submit(singles, () -> timed(() -> advisor.analyze(request)));
    }

    /** A batch, as one task on the batch lane (see {@link #submit} for why it checks for interruption). */
    <T> CompletableFuture<T> batchAsync(Callable<T> work) {
        return submit(batches, work);
    }

    /** Single analysis work that is not a whole report (LanguageTool's answer), on the single lane. */
    <T> CompletableFuture<T> runAsync(Callable<T> work) {
        return submit(singles, work);
    }

    /** One piece of analysis work, timed in the analysis metric; for the items of a batch. */
    <T> T timed(Supplier<T> analysis) {
        return metrics.timeAnalysis(analysis);
    }

    /** Whether the lane a request to this path would use is full: such work is refused before it is read. */
    boolean saturated(String path) {
        return (path.equals("/api/v1/analyze/batch") ? batches : singles).full();
    }

    /**
     * The work on a lane, failed with a 503 when the lane is full or the deadline passes; past the deadline
     * the task is interrupted, so a batch stops between items rather than holding its thread for the others.
     */
    private <T> CompletableFuture<T> submit(Lane lane, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = lane.submit(() -> {
                try {
                    T value = work.call();
                    answer(() -> result.complete(value));
                } catch (Throwable failure) {
                    answer(() -> result.completeExceptionally(failure));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(Problems.unavailable(Problems.SATURATED));
            return result;
        }
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            if (result.completeExceptionally(Problems.unavailable(new Localized(
                    "l'analyse n'a pas fini en " + timeout.toMillis() + " ms",
                    "the analysis did not finish within " + timeout.toMillis() + " ms")))) {
                task.cancel(true);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((value, failure) -> deadline.cancel(false));
        return result;
    }

    /**
     * Completes a result on an HTTP thread, not on the analysis thread: what depends on it (writing the answer to a
     * client that may read slowly) then never holds a thread the other analyses need.
     */
    private void answer(Runnable completion) {
        try {
            answers.execute(completion);
        } catch (RejectedExecutionException stopping) {
            completion.run();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw Problems.unavailable(new Localized("le serveur s'arrête", "the server is stopping"));
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** What a failed analysis throws to its route: the problem or error itself, not its wrapper. */
    static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /** Whether an analysis is running or waiting. */
    boolean busy() {
        return singles.busy() || batches.busy();
    }

    @Override
    public void close() {
        singles.shutdown();
        batches.shutdown();
        deadlines.shutdown();
    }
}
