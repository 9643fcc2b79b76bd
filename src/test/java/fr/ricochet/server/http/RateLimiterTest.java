package fr.ricochet.server.http;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong();

    @Test
    void aClientMayBurstItsMinuteThenWaitsForTheNextToken() {
        RateLimiter limiter = new RateLimiter(60, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    /** A batch takes its items' tokens all at once or none, and says how long until it could. */
    @Test
    void severalTokensAreTakenTogetherOrNotAtAll() {
        RateLimiter limiter = new RateLimiter(60, now::get);
        assertThat(limiter.acquire("a", 50)).isZero();
        assertThat(limiter.acquire("a", 20)).as("10 left, 10 more needed at one a second").isEqualTo(10);
        assertThat(limiter.acquire("a", 10)).as("the refused batch took nothing").isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void clientsHaveSeparateBuckets() {
        RateLimiter limiter = new RateLimiter(1, now::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(60);
        assertThat(limiter.acquire("b")).isZero();
    }

    /** Idle clients are forgotten past 10,000, at most once a minute, so a crowd of clients costs no scan each. */
    @Test
    void idleClientsAreForgottenAtMostOnceAMinute() {
        RateLimiter limiter = new RateLimiter(60, now::get);
        crowd(limiter, "a");
        now.addAndGet(30_000_000_000L);
        limiter.acquire("late");
        assertThat(limiter.clients()).as("the idle buckets are full again and go").isEqualTo(1);
        crowd(limiter, "b");
        now.addAndGet(30_000_000_000L);
        limiter.acquire("later");
        assertThat(limiter.clients()).as("not a minute since the last pruning").isEqualTo(10_003);
        now.addAndGet(31_000_000_000L);
        limiter.acquire("latest");
        assertThat(limiter.clients()).isEqualTo(1);
    }

    private static void crowd(RateLimiter limiter, String prefix) {
        for (int i = 0; i <= 10_000; i++) {
            limiter.acquire(prefix + i);
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, now::get);
        assertThat(limiter.enabled()).isFalse();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
    }
}
