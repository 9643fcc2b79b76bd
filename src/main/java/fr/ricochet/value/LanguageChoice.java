package fr.ricochet.value;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What a request says of the draft's language: French, English, or {@code auto}, to detect it. */
public enum LanguageChoice {
    FR(Language.FR), EN(Language.EN), AUTO(null);

    private final Language language;

    LanguageChoice(Language language) {
        this.language = language;
    }

    /** The language the request names; empty for {@code auto}. */
    public Optional<Language> fixed() {
        return Optional.ofNullable(language);
    }

    public boolean isAuto() {
        return language == null;
    }

    @JsonValue
    public String code() {
        return language == null ? "auto" : language.code();
    }

    public static LanguageChoice of(Language language) {
        return language == Language.FR ? FR : EN;
    }

    public static Optional<LanguageChoice> fromCode(String code) {
        return Stream.of(values()).filter(choice -> choice.code().equals(code)).findFirst();
    }

    /** The codes a request may write, in the order error messages list them: {@code fr, en, auto}. */
    public static List<String> codes() {
        return Stream.of(values()).map(LanguageChoice::code).toList();
    }

    @Override
    public String toString() {
        return code();
    }
}
