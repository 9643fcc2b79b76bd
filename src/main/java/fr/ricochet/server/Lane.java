package fr.ricochet.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed set of threads and a bounded queue: work beyond the queue is refused, not piled up. */
final class Lane {

    private final ThreadPoolExecutor pool;

    Lane(String name, int threads, int queued) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queued), runnable -> {
                    Thread thread = new Thread(runnable, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @throws java.util.concurrent.RejectedExecutionException when the queue is full */
    Future<?> submit(Runnable work) {
        return pool.submit(work);
    }

    boolean full() {
        return pool.getQueue().remainingCapacity() == 0;
    }

    boolean busy() {
        return pool.getActiveCount() > 0 || !pool.getQueue().isEmpty();
    }

    void shutdown() {
        pool.shutdown();
    }
}
