package fr.ricochet.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The pages' cookies: never readable by scripts, and Secure whenever the page came over HTTPS. */
public final class Cookies {

    private Cookies() {
    }

    /** @param maxAge seconds; -1 for the browser session, 0 to delete the cookie */
    public static void set(Context ctx, String name, String value, String path, int maxAge, SameSite sameSite) {
        ctx.cookie(new Cookie(name, value, path, maxAge, secure(ctx), true, null, sameSite));
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }
}
