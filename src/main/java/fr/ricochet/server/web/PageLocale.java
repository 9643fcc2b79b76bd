package fr.ricochet.server.web;

import fr.ricochet.server.http.Languages;
import io.javalin.http.Context;
import io.javalin.http.SameSite;
import java.util.Locale;

/**
 * A page's language: the switch link's {@code ?lang=} (remembered in a cookie for a year), else that cookie,
 * else Accept-Language, else French.
 */
public final class PageLocale {

    static final String COOKIE = "ricochet_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private PageLocale() {
    }

    public static String resolve(Context ctx) {
        String asked = normalise(ctx.queryParam("lang"));
        if (asked != null) {
            Cookies.set(ctx, COOKIE, asked, "/", ONE_YEAR, SameSite.LAX);
            return asked;
        }
        String remembered = normalise(ctx.cookie(COOKIE));
        return remembered != null ? remembered : Languages.fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    private static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        return language.equals("fr") || language.equals("en") ? language : null;
    }
}
