package fr.ricochet.server.workshop;

import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.RateLimiter;
import fr.ricochet.workshop.Tokens;
import io.javalin.http.Context;

/**
 * Rate limits of their own for joining (per client IP: the join code is short, so guessing codes or flooding a
 * workshop with pseudonyms must be slow) and submitting (per participant: one participant cannot fill the database or
 * hog the analysers). They come on top of the API's general limit and also hold for the pages.
 */
final class WorkshopThrottle {

    private final RateLimiter joins;
    private final RateLimiter submissions;

    WorkshopThrottle(int joinsPerMinute, int submissionsPerMinute) {
        this.joins = new RateLimiter(joinsPerMinute, System::nanoTime);
        this.submissions = new RateLimiter(submissionsPerMinute, System::nanoTime);
    }

    void join(Context ctx) {
        refuseIfWaiting(joins.acquire("ip:" + ctx.ip()));
    }

    /** Called once the token is proven, so that nobody can use up another participant's allowance. */
    void submission(String participantToken) {
        refuseIfWaiting(submissions.acquire("participant:" + Tokens.parse(participantToken).map(
                Tokens.Presented::ownerId).orElse("")));
    }

    private static void refuseIfWaiting(long seconds) {
        if (seconds > 0) {
            throw Problems.rateLimited(seconds);
        }
    }
}
