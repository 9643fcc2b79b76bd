package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorphologyTest {

    private final Morphology french = Morphology.of("fr");
    private final Morphology english = Morphology.of("en");

    @Test
    void aFrenchImperativeIsReadWithItsLemmaPersonAndNumber() {
        List<Analysis> readings = french.analyse("Partagez");
        assertThat(readings).anySatisfy(a -> {
            assertThat(a.lemma()).isEqualTo("partager");
            assertThat(a.wordClass()).isEqualTo(WordClass.VERB);
            assertThat(a.mood()).isEqualTo(Mood.IMPERATIVE);
            assertThat(a.person()).isEqualTo(Person.SECOND);
            assertThat(a.number()).isEqualTo(GrammaticalNumber.PLURAL);
            assertThat(a.tag()).isEqualTo("V imp pres 2 p");
        });
        assertThat(readings).anyMatch(a -> a.mood() == Mood.INDICATIVE);
    }

    @Test
    void frenchNounsPronounsAndInfinitives() {
        assertThat(french.analyse("livres")).anySatisfy(a -> {
            assertThat(a.lemma()).isEqualTo("livre");
            assertThat(a.wordClass()).isEqualTo(WordClass.NOUN);
            assertThat(a.number()).isEqualTo(GrammaticalNumber.PLURAL);
        });
        assertThat(french.analyse("vous")).anyMatch(Analysis::subjectPronoun)
                .allMatch(a -> a.person() == Person.SECOND);
        assertThat(french.analyse("partager")).anyMatch(a -> a.mood() == Mood.INFINITIVE);
        assertThat(french.analyse("Paris")).anyMatch(a -> a.wordClass() == WordClass.PROPER_NOUN);
        assertThat(french.analyse("est")).anyMatch(a -> a.isVerb() && a.person() == Person.THIRD
                && a.number() == GrammaticalNumber.SINGULAR && a.mood() == Mood.INDICATIVE);
    }

    @Test
    void englishPennTagsAreTyped() {
        assertThat(english.analyse("Join")).anyMatch(a -> a.isVerb() && a.mood() == Mood.BASE);
        assertThat(english.analyse("opens")).anySatisfy(a -> {
            assertThat(a.lemma()).isEqualTo("open");
            assertThat(a.mood()).isEqualTo(Mood.INDICATIVE);
            assertThat(a.person()).isEqualTo(Person.THIRD);
        });
        assertThat(english.analyse("you")).anyMatch(a -> a.subjectPronoun() && a.person() == Person.SECOND);
        assertThat(english.analyse("your")).anyMatch(a -> a.wordClass() == WordClass.PRONOUN
                && a.person() == Person.SECOND);
        assertThat(english.analyse("libraries")).anyMatch(a -> a.isNoun() && a.lemma().equals("library")
                && a.number() == GrammaticalNumber.PLURAL);
    }

    @Test
    void unknownWordsHaveNoReading() {
        assertThat(french.analyse("xqzwv")).isEmpty();
        assertThat(french.isKnownWord("xqzwv")).isFalse();
        assertThat(french.isKnownWord("galette")).isTrue();
        assertThat(english.isKnownWord("pumpkin")).isTrue();
        assertThat(english.isKnownWord("followback")).isFalse();
    }

    @Test
    void commonWordsAreMoreFrequentThanRareOnes() {
        assertThat(french.frequency("des")).isGreaterThan(french.frequency("galette"));
        assertThat(english.frequency("the")).isGreaterThan(english.frequency("latte"));
        assertThat(english.frequency("xqzwv")).isEqualTo(-1);
        assertThat(french.frequency("xqzwv")).isEqualTo(-1);
    }

    @Test
    void wordEndsListEveryDictionaryWordStartingThere() {
        assertThat(french.wordEndsFrom("galettedesrois", 0)).contains(3, 7); // "gal", "galette"
        assertThat(french.wordEndsFrom("galettedesrois", 7)).contains(9, 10); // "de", "des"
        assertThat(english.wordEndsFrom("pumpkinspice", 7)).contains(12);
    }
}
