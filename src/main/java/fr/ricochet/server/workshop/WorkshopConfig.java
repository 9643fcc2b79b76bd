package fr.ricochet.server.workshop;

import fr.ricochet.server.http.ConfigException;
import fr.ricochet.workshop.WorkshopLimits;
import fr.ricochet.workshop.store.DatabaseConfig;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the workshop part of the server is told, read with the rest of the server's settings so a bad value stops
 * the start rather than a request.
 *
 * @param joinsPerMinute joins allowed per client IP and minute; a whole class often shares one IP behind a school
 *                       router, hence a generous default; 0 turns the limit off
 * @param submissionsPerMinute submissions allowed per participant and minute; 0 turns the limit off
 * @param purgeEvery how often expired workshops are deleted (also once at start)
 * @param publicUrl  the address participants reach the server by ({@code https://ricochet.example.org}), for the
 *                   links handed to trainers; null to use the scheme and host of the request, which a proxy may
 *                   rewrite or a client may forge
 */
public record WorkshopConfig(DatabaseConfig database, WorkshopLimits limits, int joinsPerMinute,
        int submissionsPerMinute, Duration purgeEvery, String publicUrl) {

    public static final String PUBLIC_URL_VARIABLE = "RICOCHET_PUBLIC_URL";
    private static final Pattern PUBLIC_URL = Pattern.compile("https?://[^/\\s?#@]+");

    public static final int DEFAULT_JOINS_PER_MINUTE = 120;
    public static final int DEFAULT_SUBMISSIONS_PER_MINUTE = 20;

    public static WorkshopConfig from(Map<String, String> env) {
        try {
            return new WorkshopConfig(DatabaseConfig.fromEnv(env), WorkshopLimits.fromEnv(env),
                    rate(env, "RICOCHET_WORKSHOP_JOINS_PER_MINUTE", DEFAULT_JOINS_PER_MINUTE),
                    rate(env, "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", DEFAULT_SUBMISSIONS_PER_MINUTE),
                    Duration.ofHours(1), publicUrl(env));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static String publicUrl(Map<String, String> env) {
        String value = env.get(PUBLIC_URL_VARIABLE);
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip().replaceAll("/+$", "");
        if (!PUBLIC_URL.matcher(url).matches()) {
            throw new ConfigException(PUBLIC_URL_VARIABLE + ": '" + value.strip()
                    + "' is not an address such as https://ricochet.example.org (http or https and a host, with an"
                    + " optional port; Ricochet is served from the root, so no path)");
        }
        return url;
    }

    private static int rate(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int rate;
        try {
            rate = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, not '" + value.strip() + "'");
        }
        if (rate < 0) {
            throw new ConfigException(name + " must be 0 (off) or more, not " + rate);
        }
        return rate;
    }
}
