package fr.ricochet.measure;

/**
 * One reading of a word form in the morphological dictionary: its lemma, the dictionary's tag as written
 * (LanguageTool's tag sets) and the tag parsed into typed values.
 *
 * @param tag the raw tag, e.g. {@code V imp pres 2 p} (French) or {@code VBZ} (English), frequency mark removed
 * @param subjectPronoun a personal pronoun that can be a verb's subject ("vous" in "vous partagez", "you")
 */
public record Analysis(String lemma, String tag, WordClass wordClass, Mood mood, Person person,
        GrammaticalNumber number, boolean subjectPronoun) {

    public boolean isVerb() {
        return wordClass == WordClass.VERB;
    }

    /** A French imperative; English never says so from the form alone (see {@link Mood#BASE}). */
    public boolean isImperative() {
        return mood == Mood.IMPERATIVE;
    }

    public boolean isNoun() {
        return wordClass == WordClass.NOUN || wordClass == WordClass.PROPER_NOUN;
    }
}
