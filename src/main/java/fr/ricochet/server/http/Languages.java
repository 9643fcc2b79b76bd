package fr.ricochet.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Which of Ricochet's two languages an answer is written in: ?lang=, else Accept-Language, else French. */
public final class Languages {

    public static final String DEFAULT = "fr";
    private static final List<String> SUPPORTED = List.of("fr", "en");

    private Languages() {
    }

    public static String of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && SUPPORTED.contains(asked.toLowerCase(Locale.ROOT))) {
            return asked.toLowerCase(Locale.ROOT);
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    /** The supported language with the highest q-value; ties go to the first listed, as RFC 9110 allows. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                for (String language : SUPPORTED) {
                    if (range.getWeight() > 0 && (tag.equals(language) || tag.startsWith(language + "-"))) {
                        return language;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // an unreadable header is no reason to refuse the request
        }
        return DEFAULT;
    }
}
