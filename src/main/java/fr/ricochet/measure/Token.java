package fr.ricochet.measure;

import java.util.List;
import java.util.Optional;

/**
 * A word or punctuation mark of the prose between entities, with its universal part-of-speech tag (OpenNLP)
 * and its readings in the morphological dictionary (lemma, mood, person, number; empty for an unknown word
 * or a mark).
 *
 * @param imperative a verb in the imperative that asks the reader to act: French imperative with no subject
 *                   before it ("Partagez", "Ne les jetez pas", but not "vous partagez"); English bare form
 *                   opening a clause ("Join us", "1) Follow us"). See {@link Imperatives}.
 */
public record Token(String text, int offset, int length, String tag, List<Analysis> readings, boolean imperative) {

    public Token {
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /** A token not read in the dictionary yet. */
    public Token(String text, int offset, int length, String tag) {
        this(text, offset, length, tag, List.of(), false);
    }

    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    public int end() {
        return offset + length;
    }

    /** Whether the dictionary knows this form (as written or in lower case). */
    public boolean isKnown() {
        return !readings.isEmpty();
    }

    public boolean hasReading(WordClass wordClass) {
        return readings.stream().anyMatch(r -> r.wordClass() == wordClass);
    }

    /** The verb reading that makes this token an imperative, when it is one. */
    public Optional<Analysis> imperativeReading() {
        if (!imperative) {
            return Optional.empty();
        }
        return readings.stream().filter(r -> r.isImperative() || r.mood() == Mood.BASE).findFirst();
    }

    Token withReadings(List<Analysis> newReadings) {
        return new Token(text, offset, length, tag, newReadings, imperative);
    }

    /** An imperative is a verb, whatever the tagger said of it at a clause start ("Vote for…" read as a noun). */
    Token asImperative() {
        return new Token(text, offset, length, "VERB", readings, true);
    }
}
