package fr.ricochet.check;

import fr.ricochet.measure.LanguageMatch;
import fr.ricochet.measure.Morphology;
import fr.ricochet.value.Language;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Which of the words LanguageTool's spelling dictionary does not know are no mistake in a post: a spelling
 * dictionary lacks names and new words, and a post mixes French and English freely. A word is kept as a mistake
 * only when it is neither a name, nor a figure or unit, nor a word of Ricochet's dictionaries (either language,
 * British and American forms alike), and LanguageTool offers a correction a slip of the keyboard away.
 */
final class UnknownWords {

    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    private UnknownWords() {
    }

    /** An unknown word that is no misspelling: a name, a figure or a unit, or a word of either dictionary. */
    static boolean isNoMistake(String text, LanguageMatch match, boolean properNouns) {
        if (!match.unknownWord() || match.length() == 0) {
            return false;
        }
        String word = text.substring(match.offset(), match.end());
        if (properNouns && Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')) {
            return true;
        }
        String lower = lower(word);
        // A compound is known when each of its words is ("colour-mixing", "auto-école").
        if (java.util.Arrays.stream(lower.split("-")).allMatch(UnknownWords::isKnown)) {
            return true;
        }
        // A slip of the keyboard lies one letter (or two swapped, or an accent) from the word meant; a word
        // LanguageTool knows nothing that close to, or knows only with a capital (a name), is a rare or new word
        // rather than a mistake.
        if (match.replacements().stream().anyMatch(word::equalsIgnoreCase)) {
            return true;
        }
        return match.replacements().stream().noneMatch(r -> isSlip(bare(lower), bare(lower(r))));
    }

    private static boolean isSlip(String typed, String meant) {
        int edits = EDITS.apply(typed, meant);
        return edits <= 1 || edits == 2 && typed.length() == meant.length() && sorted(typed).equals(sorted(meant));
    }

    private static String sorted(String word) {
        return word.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Without accents: "évenement" is one slip from "événement", not two. */
    private static String bare(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean isKnown(String word) {
        return !word.isEmpty()
                && (Morphology.of(Language.FR).isKnownWord(word) || Morphology.of(Language.EN).isKnownWord(word));
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }
}
