package fr.ricochet.audit;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit's sentences (signals, verdict reasons, calibration) from {@code i18n/audit_fr.properties} and
 * {@code audit_en.properties}: ICU MessageFormat patterns with named values, so plurals, numbers and percentages
 * follow each language ("12,5 %", "40 000" in French). French patterns are written with plain spaces and get
 * their no-break spaces before {@code : ; ! ?}, {@code %} and inside « » here, as the tips' messages do.
 */
public final class AuditMessages {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> COMPILED = new ConcurrentHashMap<>();

    private AuditMessages() {
    }

    /** Items joined as the language joins a list ("A, B et C", "A, B, and C"). */
    public static String list(String language, Collection<String> items) {
        return ListFormatter.getInstance("en".equals(language) ? ULocale.ENGLISH : ULocale.FRENCH).format(items);
    }

    /** The sentence {@code key} in {@code fr} or {@code en} (any other code reads as French), values by name. */
    public static String get(String language, String key, Object... namedValues) {
        String lang = "en".equals(language) ? "en" : "fr";
        MessageFormat format = COMPILED.computeIfAbsent(lang + '\u0000' + key, k -> compile(lang, key));
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < namedValues.length; i += 2) {
            values.put(String.valueOf(namedValues[i]), namedValues[i + 1]);
        }
        // ICU's MessageFormat is not thread-safe, and one instance serves every audit.
        synchronized (format) {
            return format.format(values);
        }
    }

    private static MessageFormat compile(String lang, String key) {
        String pattern = bundle(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no audit message '" + key + "' in audit_" + lang + ".properties");
        }
        return new MessageFormat("fr".equals(lang) ? frenchTypography(pattern) : pattern, new ULocale(lang));
    }

    static Properties bundle(String lang) {
        return BUNDLES.computeIfAbsent(lang, AuditMessages::load);
    }

    private static Properties load(String lang) {
        Properties properties = new Properties();
        try (InputStream in = AuditMessages.class.getResourceAsStream("/i18n/audit_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/audit_" + lang + ".properties is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String frenchTypography(String pattern) {
        // " ::" opens an ICU number skeleton ({share, number, ::percent}), not a colon of the text.
        return pattern.replaceAll(" :(?!:)", "\u00A0:").replace(" ;", "\u202F;").replace(" !", "\u202F!")
                .replace(" ?", "\u202F?").replace(" %", "\u00A0%").replace("« ", "«\u00A0").replace(" »", "\u00A0»");
    }
}
