package fr.ricochet.check;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a tip's message templates into findings and suggestions in the draft's language. Templates are ICU
 * MessageFormat patterns with named values ({@code {count}}, {@code {count, plural, one {# tag} other {# tags}}}),
 * so plurals follow each language's rules; French templates get French typography (a no-break space before
 * {@code : ; ! ?} and inside « »). {@code {network}} is the network's name: it is written as a mark that
 * {@link TipRunner} replaces once the same finding on several networks has been merged into one.
 */
final class Wording {

    /** Stands for the network's name until the findings of every network are merged (a private-use character). */
    static final String NETWORK = "\uE000";
    private static final Map<String, MessageFormat> COMPILED = new ConcurrentHashMap<>();

    private final TipSpec tip;
    private final Language language;
    private final NetworkProfile network;

    Wording(TipSpec tip, Language language, NetworkProfile network) {
        this.tip = tip;
        this.language = language;
        this.network = network;
    }

    /** The message filled in one pass, so a value that itself holds braces is never read as a pattern. */
    String text(String code, Object... namedValues) {
        Map<String, Object> values = new HashMap<>();
        if (network != null) {
            values.put("network", NETWORK);
        }
        for (int i = 0; i + 1 < namedValues.length; i += 2) {
            values.put(String.valueOf(namedValues[i]), namedValues[i + 1]);
        }
        MessageFormat format = format(tip.message(code).in(language), language);
        // ICU's MessageFormat is not thread-safe, and one instance serves every draft.
        synchronized (format) {
            return format.format(values);
        }
    }

    /** The compiled template, cached: the same few hundred templates serve every draft. */
    static MessageFormat format(String template, Language language) {
        return COMPILED.computeIfAbsent(language.code() + '\u0000' + template, key -> new MessageFormat(
                language == Language.FR ? frenchTypography(template) : template, ULocale.forLanguageTag(language.code())));
    }

    /** Checks a template as the rules are compiled, so a broken one stops the start with its file and field. */
    static String problem(String template, Language language) {
        try {
            format(template, language);
            return null;
        } catch (IllegalArgumentException e) {
            return "not a valid message pattern: " + e.getMessage();
        }
    }

    static String frenchTypography(String template) {
        return template.replace(" :", "\u00A0:").replace(" ;", "\u202F;").replace(" !", "\u202F!")
                .replace(" ?", "\u202F?").replace(" %", "\u00A0%").replace("« ", "«\u00A0").replace(" »", "\u00A0»");
    }

    Finding finding(String code, Severity severity, int offset, int length, List<Suggestion> suggestions,
            Object... namedValues) {
        return new Finding(tip.id(), code, severity, text(code, namedValues), offset, length,
                network == null ? List.of() : List.of(network.id()), suggestions, 0);
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

    /** Names listed the language's way: "#a, #b et #c", "#a, #b and #c". */
    String list(List<String> names) {
        return com.ibm.icu.text.ListFormatter.getInstance(ULocale.forLanguageTag(language.code())).format(names);
    }

    static List<Suggestion> list(Suggestion... suggestions) {
        return new ArrayList<>(List.of(suggestions));
    }
}
