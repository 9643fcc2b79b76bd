package fr.ricochet.server.workshop;

import fr.ricochet.server.web.Cookies;
import io.javalin.http.Context;
import io.javalin.http.SameSite;

/**
 * The participant's token in the browser: HttpOnly (no script reads it), SameSite=Strict (no other site's form
 * sends it), scoped to the workshop's pages, so one browser can be in two workshops and a token never travels in a URL,
 * a log or a Referer. It lives as long as the browser session: closing the browser is leaving on a shared computer.
 */
final class ParticipantCookie {

    static final String NAME = "ricochet_participant";

    private ParticipantCookie() {
    }

    static void set(Context ctx, String code, String token) {
        Cookies.set(ctx, NAME, token, WorkshopLinks.joinPage(code), -1, SameSite.STRICT);
    }

    static String get(Context ctx) {
        return ctx.cookie(NAME);
    }

    static void clear(Context ctx, String code) {
        Cookies.set(ctx, NAME, "", WorkshopLinks.joinPage(code), 0, SameSite.STRICT);
    }
}
