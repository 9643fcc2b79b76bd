package fr.ricochet.measure;

import opennlp.tools.langdetect.Language;

/**
 * Picks French or English for a draft. The model knows 103 languages; Ricochet ranks only the two it
 * speaks, and trusts the model only when the draft has enough words.
 */
final class LanguageGuesser {

    /** Below this many words the model's guesses are noise (three-word drafts come out as Romanian). */
    static final int MIN_WORDS = 3;
    static final String DEFAULT = "fr";
    /**
     * The model reads character n-grams, so its cost grows with the text; a couple of sentences decide the
     * language as well as ten thousand characters do.
     */
    static final int SAMPLE = 200;

    private final NlpModels models;

    LanguageGuesser(NlpModels models) {
        this.models = models;
    }

    /** The language of the draft and whether the model decided it. */
    Guess guess(String requested, String prose, int words) {
        if (!"auto".equals(requested)) {
            return new Guess(requested, false);
        }
        if (words < MIN_WORDS) {
            return new Guess(DEFAULT, false);
        }
        double fr = 0;
        double en = 0;
        for (Language language : models.languages.predictLanguages(sample(prose))) {
            if ("fra".equals(language.getLang())) {
                fr = language.getConfidence();
            } else if ("eng".equals(language.getLang())) {
                en = language.getConfidence();
            }
        }
        return new Guess(en > fr ? "en" : "fr", true);
    }

    /** The start of the prose, cut at a blank so no word is left half. */
    static String sample(String prose) {
        String trimmed = prose.strip();
        if (trimmed.length() <= SAMPLE) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf(' ', SAMPLE);
        return trimmed.substring(0, cut > SAMPLE / 2 ? cut : SAMPLE);
    }

    record Guess(String code, boolean detected) {
    }
}
