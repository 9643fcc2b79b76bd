package fr.ricochet.measure;

/** The part of speech a dictionary gives a word form, common to the French and English tag sets. */
public enum WordClass {
    NOUN,
    PROPER_NOUN,
    VERB,
    ADJECTIVE,
    ADVERB,
    DETERMINER,
    PRONOUN,
    PREPOSITION,
    CONJUNCTION,
    INTERJECTION,
    NUMERAL,
    /** Acronyms, titles ("Dr"), roman numerals, punctuation, foreign words. */
    OTHER
}
