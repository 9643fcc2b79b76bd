package fr.ricochet.audit;

import java.util.Locale;

/**
 * A calibrated group as a reader says it ("3 hashtags ou plus", "with an image", "from 9:00 to 12:00"), from
 * {@code audit_fr/en.properties}: the one label of the calibration message, the forest plot, its table and the
 * command's text report.
 */
public final class EffectLabels {

    private EffectLabels() {
    }

    /** As a table's row or a chart's label starts: with a capital. */
    public static String of(String feature, String group, String language) {
        String label = inSentence(feature, group, language);
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** As it reads within a sentence, e.g. a list of the groups left out. */
    public static String inSentence(String feature, String group, String language) {
        if ("hour".equals(feature) && group.matches("\\d{2}-\\d{2}")) {
            return AuditMessages.get(language, "effect.hour", "from", Integer.parseInt(group.substring(0, 2)),
                    "to", Integer.parseInt(group.substring(3)));
        }
        String key = "effect." + feature + "." + group;
        // A group the bundles do not know (a newer profile's) is shown by its codes rather than not at all.
        return AuditMessages.bundle("en".equals(language) ? "en" : "fr").containsKey(key)
                ? AuditMessages.get(language, key) : feature + " " + group;
    }
}
