package fr.ricochet.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Runs before every /api and /v2 request: checks the API key when keys are configured, then the rate limit
 * of that key (or of the client's IP without keys). CORS preflights pass: browsers send them without keys.
 */
final class AccessGuard {

    private final ApiKeys keys;
    private final RateLimiter limiter;

    AccessGuard(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    void check(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String client = "ip:" + ctx.ip();
        if (keys.required()) {
            client = keys.identify(presentedKey(ctx)).orElseThrow(Problems::unauthorized);
        }
        long wait = limiter.acquire(client);
        if (wait > 0) {
            throw Problems.rateLimited(wait);
        }
    }

    /**
     * For Ricochet's own pages (form posts, and their scripts' same-origin API calls carrying a valid CSRF
     * token): no key, since a page cannot hide one, but the same per-IP rate limit as keyless API calls.
     */
    void checkPage(Context ctx) {
        long wait = limiter.acquire("ip:" + ctx.ip());
        if (wait > 0) {
            throw Problems.rateLimited(wait);
        }
    }

    private static String presentedKey(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return ctx.header("X-Api-Key");
    }
}
