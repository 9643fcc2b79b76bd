package fr.ricochet.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, duration. Deliberately nothing else: no body, no query
 * string (it may carry a draft), no header (it may carry an API key).
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("fr.ricochet.access");

    private AccessLog() {
    }

    static void log(Context ctx, float millis) {
        if (LOG.isInfoEnabled()) {
            LOG.info(String.format(Locale.ROOT, "%s %s %d %.1fms", ctx.method().name(), ctx.path(),
                    ctx.statusCode(), millis));
        }
    }
}
