package fr.ricochet.measure;

/** The grammatical person of a verb or pronoun; {@link #NONE} when the tag gives none. */
public enum Person {
    FIRST,
    SECOND,
    THIRD,
    NONE
}
