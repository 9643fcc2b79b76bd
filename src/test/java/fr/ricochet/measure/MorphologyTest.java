package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.value.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class MorphologyTest {

    private final Morphology french = Morphology.of(Language.FR);
    private final Morphology english = Morphology.of(Language.EN);

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
    void wordsFromListEveryDictionaryWordStartingThereWithAccentsAndCapitalsRestored() {
        assertThat(french.wordsFrom("galettedesrois", 0)).extracting(Morphology.WordMatch::form)
                .contains("galet", "galette");
        assertThat(french.wordsFrom("galettedesrois", 7)).extracting(Morphology.WordMatch::form).contains("de", "des");
        assertThat(french.wordsFrom("reseauxsociaux", 0)).anySatisfy(w -> {
            assertThat(w.form()).isEqualTo("réseaux");
            assertThat(w.end()).isEqualTo(7);
            assertThat(w.accentsAdded()).isEqualTo(1);
        });
        assertThat(french.wordsFrom("parisjetaime", 0)).anyMatch(w -> w.form().equals("Paris") && w.capitalised());
        assertThat(english.wordsFrom("pumpkinspice", 7)).anyMatch(w -> w.end() == 12 && w.frequency() > 0);
    }

    @Test
    void runTogetherTagsSplitIntoTheMostProbableWords() {
        HashtagWords.Costs costs = new HashtagWords.Costs(3, 15, 6, 5, 3, 2, 6);
        assertThat(HashtagWords.split("galettedesrois", Language.FR, costs)).containsExactly("galette", "des", "rois");
        assertThat(HashtagWords.split("zérodéchet", Language.FR, costs)).containsExactly("zéro", "déchet");
        assertThat(HashtagWords.split("nuitdelalecture", Language.FR, costs)).containsExactly("nuit", "de", "la", "lecture");
        assertThat(HashtagWords.split("pumpkinspicelatte", Language.EN, costs)).containsExactly("pumpkin", "spice", "latte");
        assertThat(HashtagWords.split("reseauxsociaux", Language.FR, costs)).containsExactly("reseaux", "sociaux");
        assertThat(HashtagWords.split("médiathèque", Language.FR, costs)).isEmpty();
        assertThat(HashtagWords.split("xqzwvbrand", Language.FR, costs)).isEmpty();
    }
}
