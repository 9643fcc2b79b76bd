package fr.ricochet.server;

import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.web.SecurityHeaders;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * CORS for the origins of {@code RICOCHET_CORS_ORIGINS}. A simple request is never refused here: a listed origin
 * gets the CORS headers, any other (the server's own pages included) the normal answer without them, and the
 * browser decides. Only a preflight from an unlisted origin is declined (403), since it exists to ask. Every
 * answer varies by Origin, so that a cache never gives one origin's headers to another.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Accept, Accept-Language, Authorization, X-Api-Key, "
            + "X-Trainer-Token, X-Participant-Token, Idempotency-Key";
    static final int MAX_AGE_SECONDS = 600;

    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    /** Runs before every request: the CORS headers, then a preflight's answer (the routes do not see it). */
    void apply(Context ctx) {
        ctx.res().addHeader("Vary", "Origin");
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && (origins.contains("*") || origins.contains(origin));
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
            ctx.header("Access-Control-Expose-Headers", "Retry-After, Location, Idempotent-Replayed");
        }
        if (ctx.method() != HandlerType.OPTIONS || origin == null
                || ctx.header("Access-Control-Request-Method") == null) {
            return;
        }
        if (!allowed) {
            throw new ProblemException(403, "origin-not-allowed", new Localized("Origine non permise",
                    "Origin not allowed"), new Localized("l'origine " + origin + " n'est pas dans "
                    + "RICOCHET_CORS_ORIGINS", "the origin " + origin + " is not in RICOCHET_CORS_ORIGINS"));
        }
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
        SecurityHeaders.apply(ctx); // the other before handlers are skipped: the same headers as every answer
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }
}
