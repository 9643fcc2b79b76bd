package fr.ricochet.rules;

/** A user-facing text in both languages Ricochet speaks; French is the reference. */
public record Localized(String fr, String en) {

    public String in(String language) {
        return "en".equals(language) ? en : fr;
    }
}
