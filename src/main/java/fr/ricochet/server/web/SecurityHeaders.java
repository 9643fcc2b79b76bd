package fr.ricochet.server.web;

import io.javalin.http.Context;

/**
 * Headers on every answer, pages and API alike. The policy allows scripts and styles from this origin only:
 * no inline script, no inline event handler, no eval, so injected markup could not run even if it slipped in.
 */
public final class SecurityHeaders {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        each(ctx::header);
    }

    /** The same headers for answers written outside Javalin (Jetty's own errors). */
    public static void each(java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "same-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
