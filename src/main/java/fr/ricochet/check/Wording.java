package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a tip's message templates into findings and suggestions in the draft's language.
 * Templates name their values in braces ({@code {count}}); {@code {network}} is always the network's name.
 */
final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

    private final TipSpec tip;
    private final String language;
    private final NetworkProfile network;

    Wording(TipSpec tip, String language, NetworkProfile network) {
        this.tip = tip;
        this.language = language;
        this.network = network;
    }

    /** Fills the template in one pass, so a value that itself holds braces is never filled again. */
    String text(String code, Object... namedValues) {
        Map<String, Object> values = new HashMap<>();
        if (network != null) {
            values.put("network", network.name());
        }
        for (int i = 0; i + 1 < namedValues.length; i += 2) {
            values.put(String.valueOf(namedValues[i]), namedValues[i + 1]);
        }
        Matcher placeholder = PLACEHOLDER.matcher(tip.message(code).in(language));
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(
                    value == null ? placeholder.group() : String.valueOf(value)));
        }
        return placeholder.appendTail(text).toString();
    }

    Finding finding(String code, Severity severity, int offset, int length, List<Suggestion> suggestions,
            Object... namedValues) {
        return new Finding(tip.id(), code, severity, text(code, namedValues), offset, length,
                network == null ? null : network.id(), suggestions);
    }

    /** A finding about the whole post rather than a span of it. */
    Finding whole(String code, Severity severity, Object... namedValues) {
        return finding(code, severity, 0, 0, List.of(), namedValues);
    }

    Suggestion advice(String code, Object... namedValues) {
        return new Suggestion(text(code, namedValues), null, false);
    }

    Suggestion fix(String code, Replacement replacement, boolean safe, Object... namedValues) {
        return new Suggestion(text(code, namedValues), replacement, safe);
    }

    static List<Suggestion> list(Suggestion... suggestions) {
        return new ArrayList<>(List.of(suggestions));
    }
}
