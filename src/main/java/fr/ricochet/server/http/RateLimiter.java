package fr.ricochet.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per client (API key or IP): it holds a minute's worth of requests and refills
 * continuously, so a client may burst up to its limit and then goes on at the configured rate.
 */
public final class RateLimiter {

    /** Past this many clients, buckets that have refilled completely are dropped: they hold no state. */
    private static final int PRUNE_ABOVE = 10_000;
    private static final long PRUNE_EVERY_NANOS = 60_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextPrune;

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
        this.nextPrune = new AtomicLong(nanoClock.getAsLong());
    }

    public boolean enabled() {
        return capacity > 0;
    }

    /** @return 0 when the request may go on, else the whole seconds to wait before the next token */
    public long acquire(String client) {
        return acquire(client, 1);
    }

    /** Most tokens a client can ever hold at once: a minute's worth. */
    public int perMinute() {
        return (int) capacity;
    }

    /**
     * Takes several tokens at once, or none.
     *
     * @return 0 when taken, else the whole seconds to wait until they are there; asking more than a minute's
     * worth is the caller's error
     */
    public long acquire(String client, int tokens) {
        if (!enabled()) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        // A bucket left alone for a minute is full again, so pruning more often than that finds nothing new;
        // with many active clients it would otherwise scan the whole map on every request.
        long due = nextPrune.get();
        if (buckets.size() > PRUNE_ABOVE && now - due >= 0 && nextPrune.compareAndSet(due, now + PRUNE_EVERY_NANOS)) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        if (tokens > capacity) {
            throw new IllegalArgumentException(tokens + " tokens asked, a bucket holds " + (int) capacity);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now, tokens);
    }

    /** How many clients have a bucket: what pruning keeps bounded. */
    int clients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now, int wanted) {
            refill(now);
            if (tokens >= wanted) {
                tokens -= wanted;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((wanted - tokens) / tokensPerNano / 1e9));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
