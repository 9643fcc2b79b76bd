package fr.ricochet.measure;

/** A word or punctuation mark of the prose between entities, with its universal part-of-speech tag. */
public record Token(String text, int offset, int length, String tag) {

    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }
}
