package fr.ricochet.value;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a draft is written in, as Ricochet reads it: French or English. The advice on a draft is written in
 * its language, so the same value picks the messages; the language a page or an error is shown in is the visitor's
 * choice, a separate matter. A request may also leave it to detection ({@link LanguageChoice#AUTO}).
 */
public enum Language {
    FR("fr"), EN("en");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The ISO 639-1 code, as requests, reports and rule files write it. */
    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language Ricochet reads (an English hashtag in a French draft is read in English too). */
    public Language other() {
        return this == FR ? EN : FR;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of this code; any other text is a programming error (user input goes through {@link #fromCode}). */
    public static Language of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a draft language "
                + "(fr, en)"));
    }

    /** The code, so that a message or a log line shows it as before. */
    @Override
    public String toString() {
        return code;
    }
}
