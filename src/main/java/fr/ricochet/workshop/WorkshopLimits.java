package fr.ricochet.workshop;

import java.time.Duration;
import java.util.Map;

/**
 * The limits an operator may change: how many participants a workshop takes and how long it lives before it is
 * deleted with all its data. Read from {@code RICOCHET_WORKSHOP_MAX_PARTICIPANTS} (default 100) and
 * {@code RICOCHET_WORKSHOP_DAYS} (default 30).
 */
public record WorkshopLimits(int maxParticipants, Duration lifetime) {

    public static final WorkshopLimits DEFAULT = new WorkshopLimits(100, Duration.ofDays(30));

    public WorkshopLimits {
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("a workshop must take at least one participant");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a workshop must live for some time, not " + lifetime);
        }
    }

    public static WorkshopLimits fromEnv() {
        return fromEnv(System.getenv());
    }

    public static WorkshopLimits fromEnv(Map<String, String> env) {
        int participants = number(env, "RICOCHET_WORKSHOP_MAX_PARTICIPANTS", DEFAULT.maxParticipants);
        int days = number(env, "RICOCHET_WORKSHOP_DAYS", (int) DEFAULT.lifetime.toDays());
        return new WorkshopLimits(participants, Duration.ofDays(days));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
