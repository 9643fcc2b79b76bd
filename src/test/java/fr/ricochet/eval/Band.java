package fr.ricochet.eval;

import java.util.Locale;

/** The expert's score band for a draft. */
enum Band {
    SPAM(0, 30), POOR(31, 54), FAIR(55, 74), GOOD(75, 89), EXCELLENT(90, 100);

    final int min;
    final int max;

    Band(int min, int max) {
        this.min = min;
        this.max = max;
    }

    static Band of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
