package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.report.Report;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tags offered when a draft has too few: the draft's topics, whole, once, never a greeting or a verb. */
class HashtagCandidatesTest {

    private static List<String> offered(String text, String language) {
        String request = "{\"text\": " + TestEngine.json().valueToTree(text) + ", \"networks\": [\"x\"], \"language\": \""
                + language + "\"}";
        Report report = TestEngine.analyze(request);
        return report.findings().stream().filter(f -> f.rule().equals("hashtags") && f.code().equals("too-few"))
                .flatMap(f -> f.suggestions().stream())
                .map(s -> s.replacement().length() == 0 ? "#" + wordAt(text, s.replacement().offset())
                        : s.replacement().value())
                .toList();
    }

    private static String wordAt(String text, int offset) {
        int end = offset;
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(offset, end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Ce soir, c'est la Nuit de la lecture à la médiathèque de Grenoble : entrée libre !  | #NuitDeLaLecture #Grenoble #médiathèque
            fr | Soirée jeux de société vendredi à la ludothèque. Entrée libre.                    | #JeuxDeSociété #ludothèque
            fr | @marie Bonjour Marie, merci pour votre message ! Votre commande est partie.       | #commande #message
            fr | Nouveaux livres à la médiathèque : venez découvrir nos livres et notre livre du mois. | #médiathèque #livres
            fr | Contactez-nous pour en savoir plus sur nos ateliers de cuisine.                   | #AteliersDeCuisine
            en | Join us for Board Game Night at the Central Library this Friday.                  | #BoardGameNight #CentralLibrary
            en | @john Hello John, thanks for your message, your order has shipped.                | #message #order
            en | Our book club reads a new novel every month at the library.                       | #BookClub #library #novel
            """)
    void topicsAreOfferedWhole(String language, String text, String expected) {
        assertThat(offered(text, language)).containsExactly(expected.split(" "));
    }
}
