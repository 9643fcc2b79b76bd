package fr.ricochet.measure;

/** Singular or plural; {@link #ANY} when the form serves both ("sp") or the tag gives none. */
public enum GrammaticalNumber {
    SINGULAR,
    PLURAL,
    ANY
}
