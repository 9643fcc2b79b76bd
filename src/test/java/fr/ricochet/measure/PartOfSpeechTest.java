package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A post opening on an imperative is read as one; a sentence opening on a name keeps its name. */
class PartOfSpeechTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);

    private static String tagOf(String text, String language, String word) {
        return MEASURER.measure(text, LanguageChoice.fromCode(language).orElseThrow(), ids("x")).tokens().stream()
                .filter(token -> token.text().equals(word)).findFirst().orElseThrow().tag();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Learn R in 5 days with our free course                      | Learn       | VERB
            en | Join us Thursday at the library for a free workshop         | Join        | VERB
            en | Big news!!!! Our new app is out!!!!! Download it now        | Download    | VERB
            fr | Téléchargez le guide complet de la médiation numérique      | Téléchargez | VERB
            fr | Votez pour notre projet au budget participatif              | Votez       | VERB
            fr | Nouveau guide : Téléchargez-le ici                          | Téléchargez | VERB
            fr | Marie ouvre la médiathèque ce samedi à dix heures           | Marie       | PROPN
            fr | Paris accueille le sommet européen des bibliothèques        | Paris       | PROPN
            en | Paris opens a new library in the 13th district             | Paris       | PROPN
            en | Marie Curie won two Nobel prizes in physics and chemistry   | Marie       | PROPN
            en | London hosts the summit on climate finance this week        | London      | PROPN
            fr | Marie est ravie de vous accueillir samedi                   | Marie       | PROPN
            en | Mark is back at the library on Saturday                     | Mark        | PROPN
            en | Bill has a new book out this week                           | Bill        | PROPN
            fr | Venez découvrir la médiathèque rénovée                      | Venez       | VERB
            en | Come join us Thursday at the library                        | Come        | VERB
            """)
    void aSentenceOpeningIsReadAsAnImperativeOnlyWhenItIsOne(String language, String text, String word, String tag) {
        assertThat(tagOf(text, language, word)).isEqualTo(tag);
    }

    @org.junit.jupiter.api.Test
    void aLineBreakOpensASentenceToo() {
        assertThat(tagOf("Le guide de la médiation numérique\nTéléchargez le guide complet", "fr", "Téléchargez"))
                .isEqualTo("VERB");
    }
}
