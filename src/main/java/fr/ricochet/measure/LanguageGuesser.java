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
        for (Language language : models.languages.predictLanguages(prose)) {
            if ("fra".equals(language.getLang())) {
                fr = language.getConfidence();
            } else if ("eng".equals(language.getLang())) {
                en = language.getConfidence();
            }
        }
        return new Guess(en > fr ? "en" : "fr", true);
    }

    record Guess(String code, boolean detected) {
    }
}
