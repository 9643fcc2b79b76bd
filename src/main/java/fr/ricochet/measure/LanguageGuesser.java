package fr.ricochet.measure;

import fr.ricochet.value.Language;
import fr.ricochet.value.LanguageChoice;

/**
 * Picks French or English for a draft. The model knows 103 languages; Ricochet ranks only the two it
 * speaks, and trusts the model only when the draft has enough words.
 */
final class LanguageGuesser {

    /** Below this many words the model's guesses are noise (three-word drafts come out as Romanian). */
    static final int MIN_WORDS = 3;
    static final Language DEFAULT = Language.FR;
    /**
     * The model reads character n-grams, so its cost grows with the text; a couple of sentences decide the
     * language as well as ten thousand characters do. At 120 characters (200 before) it is a fifth of the whole
     * analysis, and still finds the language of every draft of the evaluation corpus.
     */
    static final int SAMPLE = 120;

    private final NlpModels models;

    LanguageGuesser(NlpModels models) {
        this.models = models;
    }

    /** The language of the draft and whether the model decided it. */
    Guess guess(LanguageChoice requested, String prose, int words) {
        if (requested.fixed().isPresent()) {
            return new Guess(requested.fixed().get(), false, 0);
        }
        if (words < MIN_WORDS) {
            return new Guess(DEFAULT, false, 0);
        }
        double fr = 0;
        double en = 0;
        for (opennlp.tools.langdetect.Language language : models.languages.predictLanguages(sample(prose))) {
            if ("fra".equals(language.getLang())) {
                fr = language.getConfidence();
            } else if ("eng".equals(language.getLang())) {
                en = language.getConfidence();
            }
        }
        // The model spreads its confidence over 103 languages; between the two Ricochet speaks, the share of
        // the chosen one says how sure the choice is (0.5 to 1).
        double both = fr + en;
        return new Guess(en > fr ? Language.EN : Language.FR, true, both > 0 ? Math.max(fr, en) / both : 0.5);
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

    /** @param confidence the chosen language's share of the model's confidence in French or English; 0 when not detected */
    record Guess(Language code, boolean detected, double confidence) {
    }
}
