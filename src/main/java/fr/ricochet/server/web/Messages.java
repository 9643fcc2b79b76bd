package fr.ricochet.server.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts of the pages, from {@code i18n/web_fr.properties} and {@code i18n/web_en.properties}
 * (UTF-8, as Java 9+ reads property bundles). No fallback to the JVM's locale: a page is French or English.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The page texts of one language, without falling back to the machine's locale. */
    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.web", locale(language), NO_FALLBACK);
    }

    public static String get(String language, String key, Object... params) {
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "_" + language + "??";
        }
        // Always through MessageFormat, so the bundles write an apostrophe as '' everywhere alike.
        return new MessageFormat(pattern, locale(language)).format(params);
    }

    /** Whether the page texts of the language hold this key. */
    static boolean has(String language, String key) {
        return bundle(language).containsKey(key);
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
