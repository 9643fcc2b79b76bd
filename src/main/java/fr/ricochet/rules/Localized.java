package fr.ricochet.rules;

import fr.ricochet.value.Language;

/** A user-facing text in both languages Ricochet speaks; French is the reference. */
public record Localized(String fr, String en) {

    /** In the language a page or a message is shown in ({@code fr}, {@code en}; any other code reads as French). */
    public String in(String language) {
        return "en".equals(language) ? en : fr;
    }

    /** In the draft's language: the advice on a draft is written in it. */
    public String in(Language language) {
        return language == Language.EN ? en : fr;
    }
}
