package fr.ricochet.server;

import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Runs before every /api and /v2 request: checks the API key when keys are configured, then the rate limit
 * of that key (or of the client's IP without keys). CORS preflights pass: browsers send them without keys.
 * A request with a body has already paid its token at the {@link BodyGate}, before its body was read.
 */
final class AccessGuard {

    /** Set on a request whose token the gate took, so that the route filters do not take a second one. */
    private static final String CHARGED = "ricochet.guard.charged";
    /** Who the request counts against: its key when a valid one is given, else its IP. */
    private static final String CLIENT = "ricochet.guard.client";

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
        String charged = ctx.attribute(CHARGED);
        String client = "ip:" + ctx.ip();
        if (keys.required()) {
            // A key the gate already found valid is not digested a second time.
            client = charged != null && charged.startsWith(ApiKeys.LABEL) ? charged
                    : keys.identify(presentedKey(ctx.header("Authorization"), ctx.header("X-Api-Key")))
                            .orElseThrow(Problems::unauthorized);
        }
        account(ctx, client, charged);
    }

    /** Remembers who the request counts against and takes its token, unless the gate took it already. */
    private void account(Context ctx, String client, String charged) {
        ctx.attribute(CLIENT, client);
        if (charged == null) {
            refuseIfSpent(limiter.acquire(client));
        }
    }

    /**
     * Takes the request's token from the headers alone, before its body is read: the key when it is a valid one
     * (an unknown key is refused later, with a 401), else the IP.
     *
     * @return 0 when the request may go on, else the seconds to wait
     */
    long charge(Request request) {
        String ip = "ip:" + Request.getRemoteAddr(request);
        String client = keys.required() ? keys.identify(presentedKey(request.getHeaders().get(HttpHeader.AUTHORIZATION),
                request.getHeaders().get("X-Api-Key"))).orElse(ip) : ip;
        request.setAttribute(CHARGED, client);
        return limiter.acquire(client);
    }

    /**
     * A batch pays one token per item: the request paid one, its other items are charged here once they are
     * counted, to the client the filters identified.
     */
    void chargeMore(Context ctx, int tokens) {
        if (tokens <= 0 || !limiter.enabled() || !(ctx.attribute(CLIENT) instanceof String client)) {
            return;
        }
        if (tokens + 1 > limiter.perMinute()) { // even a full minute's tokens would not cover it
            throw Problems.batchOverLimit(tokens + 1, limiter.perMinute());
        }
        refuseIfSpent(limiter.acquire(client, tokens));
    }

    private static void refuseIfSpent(long wait) {
        if (wait > 0) {
            throw Problems.rateLimited(wait);
        }
    }

    /**
     * For Ricochet's own pages (form posts, and their scripts' same-origin API calls carrying a valid CSRF
     * token): no key, since a page cannot hide one, but the same per-IP rate limit as keyless API calls.
     */
    void checkPage(Context ctx) {
        account(ctx, "ip:" + ctx.ip(), ctx.attribute(CHARGED));
    }

    private static String presentedKey(String authorization, String apiKey) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return apiKey;
    }
}
