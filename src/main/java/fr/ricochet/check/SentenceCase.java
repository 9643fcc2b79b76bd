package fr.ricochet.check;

import fr.ricochet.measure.Morphology;
import fr.ricochet.measure.Token;
import fr.ricochet.value.Language;
import java.util.List;
import java.util.Locale;

/**
 * Words written in capitals, brought back to sentence case with the morphological dictionary: a capital after
 * a sentence end, acronyms and names kept. "INTRODUCING THE NEW AURORA X2 SMARTWATCH… BUILT-IN GPS AND A
 * GORGEOUS OLED" becomes "Introducing the new Aurora X2 smartwatch… Built-in GPS and a gorgeous OLED".
 */
final class SentenceCase {

    /** What a word in capitals is once the dictionary has been asked. */
    enum Kind {
        /** A dictionary word: written in lower case, or capitalised where a sentence starts. */
        WORD,
        /** An acronym ("GPS", "SNCF") or a code with digits ("X2", "CO2"): kept as written. */
        KEPT,
        /** A proper noun ("Grenoble", "Paris"): capital first letter. */
        NAME
    }

    private final Morphology dictionary;
    private final Locale locale;
    private final int acronymMaxLetters;

    /**
     * @param acronymMaxLetters a word no dictionary holds, of at most this many letters, is taken for an acronym
     *     ("OLED"); a longer one for a word the dictionary lacks ("SMARTWATCH")
     */
    SentenceCase(Language language, int acronymMaxLetters) {
        this.dictionary = Morphology.of(language);
        this.locale = language.locale();
        this.acronymMaxLetters = acronymMaxLetters;
    }

    /**
     * The dictionary decides from the forms it holds and how common each is: an acronym is more common in
     * capitals ("GPS", "NASA", "PC"; "I" and "OK" too), a name has its capitalised form only ("Grenoble"), or more
     * common than the lower-case one where the tagger reads a proper noun ("Paris" rather than "paris", the plural
     * of "pari"). A contraction is read by its first part ("IT'S" as "it").
     */
    Kind kind(Token word) {
        String written = word.text();
        if (written.codePoints().anyMatch(Character::isDigit)) {
            return Kind.KEPT;
        }
        String[] parts = written.split("['’]", 2);
        if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
            written = parts[0];
        }
        String lower = written.toLowerCase(locale);
        int lowerFrequency = dictionary.frequency(lower);
        if (dictionary.frequency(written) > lowerFrequency) {
            return Kind.KEPT;
        }
        if (lowerFrequency < 0) {
            if (dictionary.frequency(capitalised(lower)) >= 0) {
                return Kind.NAME;
            }
            long letters = written.codePoints().filter(Character::isLetter).count();
            return letters <= acronymMaxLetters ? Kind.KEPT : Kind.WORD;
        }
        boolean properNoun = "PROPN".equals(word.tag()) && dictionary.frequency(capitalised(lower)) > lowerFrequency;
        return properNoun ? Kind.NAME : Kind.WORD;
    }

    /** The run of words from the draft's text, each word recased, everything between them (entities too) as written. */
    String rewrite(String text, List<Token> run) {
        int start = run.get(0).offset();
        StringBuilder calmer = new StringBuilder();
        int at = start;
        for (int i = 0; i < run.size(); i++) {
            Token word = run.get(i);
            calmer.append(text, at, word.offset());
            calmer.append(recase(text, word, i + 1 < run.size() ? run.get(i + 1) : null));
            at = word.end();
        }
        return calmer.toString();
    }

    private String recase(String text, Token word, Token next) {
        Kind kind = kind(word);
        if (kind == Kind.KEPT) {
            return word.text();
        }
        String lower = word.text().toLowerCase(locale);
        // The word just before a model number names the product: "AURORA X2" is "Aurora X2".
        boolean beforeModel = next != null && isModelNumber(next) && text.substring(word.end(), next.offset()).isBlank();
        return kind == Kind.NAME || beforeModel || startsSentence(text, word.offset()) ? capitalised(lower) : lower;
    }

    private static boolean isModelNumber(Token token) {
        return token.text().codePoints().anyMatch(Character::isDigit)
                && token.text().codePoints().anyMatch(Character::isLetter);
    }

    /**
     * At the start of the draft or of a line, or after a sentence's end ("." "!" "?" "…"), emoji, quotes and
     * dashes skipped; not after a letter, a digit or a comma.
     */
    static boolean startsSentence(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '…') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == ':' || c == '\'' || c == '’') {
                return false;
            }
        }
        return true;
    }

    private String capitalised(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        int first = lower.codePointAt(0);
        int split = Character.charCount(first);
        return lower.substring(0, split).toUpperCase(locale) + lower.substring(split);
    }
}
