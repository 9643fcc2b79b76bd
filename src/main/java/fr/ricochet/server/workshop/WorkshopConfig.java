package fr.ricochet.server.workshop;

import fr.ricochet.server.ConfigException;
import fr.ricochet.workshop.WorkshopLimits;
import fr.ricochet.workshop.store.DatabaseConfig;
import java.time.Duration;
import java.util.Map;

/**
 * What the workshop part of the server is told, read with the rest of the server's settings so a bad value stops
 * the start rather than a request.
 *
 * @param joinsPerMinute joins allowed per client IP and minute; a whole class often shares one IP behind a school
 *                       router, hence a generous default; 0 turns the limit off
 * @param submissionsPerMinute submissions allowed per participant and minute; 0 turns the limit off
 * @param purgeEvery how often expired workshops are deleted (also once at start)
 */
public record WorkshopConfig(DatabaseConfig database, WorkshopLimits limits, int joinsPerMinute,
        int submissionsPerMinute, Duration purgeEvery) {

    public static final int DEFAULT_JOINS_PER_MINUTE = 120;
    public static final int DEFAULT_SUBMISSIONS_PER_MINUTE = 20;

    public static WorkshopConfig from(Map<String, String> env) {
        try {
            return new WorkshopConfig(DatabaseConfig.fromEnv(env), WorkshopLimits.fromEnv(env),
                    rate(env, "RICOCHET_WORKSHOP_JOINS_PER_MINUTE", DEFAULT_JOINS_PER_MINUTE),
                    rate(env, "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", DEFAULT_SUBMISSIONS_PER_MINUTE),
                    Duration.ofHours(1));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
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
