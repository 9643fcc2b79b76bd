package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Imperatives come from the verb's mood and its place in the clause, not from a list of verbs. */
class ImperativesTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);

    private static List<String> imperatives(String text, String language) {
        List<Token> tokens = MEASURER.measure(text, LanguageChoice.fromCode(language).orElseThrow(), ids("x")).tokens();
        return tokens.stream().filter(Token::imperative).map(Token::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Partagez autour de vous !                                      | Partagez
            fr | Faites un don avant le 31 décembre.                            | Faites
            fr | Rejoignez-nous samedi à la médiathèque.                        | Rejoignez
            fr | Apportez vos sacs, on vous attend.                             | Apportez
            fr | Nouveau calendrier de l'avent : commandez la vôtre             | commandez
            fr | Ne les consommez pas et rapportez-les en pharmacie.            | consommez rapportez
            fr | Atelier gratuit. Inscrivez-vous sur le site de la mairie.      | Inscrivez
            fr | N'hésitez pas à nous écrire                                    | hésitez
            fr | Agissons ensemble pour le climat                               | Agissons
            fr | Vous partagez nos valeurs ? Nous vous attendons.               | -
            fr | Marie ouvre la médiathèque ce samedi à dix heures              | -
            fr | La médiathèque ouvre le dimanche désormais.                    | -
            fr | Vous les partagez souvent.                                     | -
            en | Join us Thursday at the library                                | Join
            en | Grab yours before Friday!                                      | Grab
            en | To enter: 1) Follow us 2) Like this post 3) RT                 | Follow Like
            en | Register for the workshop on our website                       | Register
            en | Vote for your favourite book of the year                       | Vote
            en | Please share this with your friends                            | Please share
            en | The library opens on Sundays from now on.                      | -
            en | Do you like our new logo?                                      | -
            en | We open the doors at 7pm and close at 9pm.                     | -
            en | Follow us and share this post                                  | Follow share
            fr | Vous aimez lire et partagez vos coups de cœur.                 | -
            """)
    void imperativesAreFound(String language, String text, String expected) {
        List<String> words = "-".equals(expected) ? List.of() : List.of(expected.split(" "));
        assertThat(imperatives(text, language)).containsExactlyElementsOf(words);
    }
}
