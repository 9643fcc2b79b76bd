package fr.ricochet.server.audit;

import fr.ricochet.audit.Effect;
import fr.ricochet.server.web.Messages;

/**
 * An effect's name as a reader says it ("Image : avec", "Hashtags : 3+"), the same in the chart, its table and the
 * calibration table.
 */
final class EffectLabels {

    private EffectLabels() {
    }

    static String of(Effect effect, String language) {
        return Messages.get(language, "audit.effect.label", feature(effect.feature(), language),
                group(effect.group(), language));
    }

    static String feature(String feature, String language) {
        String key = "audit.feature." + feature;
        String name = Messages.get(language, key);
        return name.startsWith("??") ? feature : name;
    }

    private static String group(String group, String language) {
        return switch (group) {
            case "with" -> Messages.get(language, "audit.group.with");
            case "under-100" -> Messages.get(language, "audit.group.under", 100);
            case "over-200" -> Messages.get(language, "audit.group.over", 200);
            default -> group.replace('-', '–');
        };
    }
}
