package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.rules.RulesLoader;
import fr.ricochet.value.Language;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time references read from drafts and resolved against one fixed reference: Wednesday 11 March 2026,
 * 09:00 in Paris (Saturday is the 14th, Thursday the 12th).
 */
class TimeReaderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, PARIS);
    private static final TimeReader READER = new TimeReader(RulesLoader.load(Path.of("rules")).time());
    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private static Optional<EventTime> event(String language, String text, ZonedDateTime reference) {
        return READER.read(text, ENTITIES.extract(text), Language.of(language)).event(reference);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Ce soir, c'est la Nuit de la lecture                    | 2026-03-11T20:00 | false
            fr | Rendez-vous cet après-midi à la médiathèque             | 2026-03-11T14:00 | false
            fr | Atelier demain à 18 h                                   | 2026-03-12T18:00 | true
            fr | Atelier demain à 18 h (espace insécable)                | 2026-03-12T18:00 | true
            fr | Conférence demain 18h30 en salle B                      | 2026-03-12T18:30 | true
            fr | Samedi 14 mars à 10h30, grande braderie                 | 2026-03-14T10:30 | true
            fr | Inscriptions le 14/03 à 10 h                            | 2026-03-14T10:00 | true
            fr | Réunion jeudi prochain                                  | 2026-03-12T09:00 | false
            fr | Concert jeudi à 20 h au kiosque                         | 2026-03-12T20:00 | true
            fr | Conférence jeudi 18h à la médiathèque                   | 2026-03-12T18:00 | true
            fr | Soirée jeux dès 19 h !                                  | 2026-03-11T19:00 | true
            fr | Portes ouvertes à partir de 14 h                        | 2026-03-11T14:00 | true
            fr | Rendez-vous à midi devant la mairie                     | 2026-03-11T12:00 | true
            fr | Pique-nique demain midi au parc                         | 2026-03-12T12:00 | true
            fr | Brocante samedi sur la place                            | 2026-03-14T09:00 | false
            fr | Fête le samedi 14 mars 2026                             | 2026-03-14T09:00 | false
            fr | Concert le 1er avril à 20h30                            | 2026-04-01T20:30 | true
            fr | Atelier samedi 14 à 10h                                 | 2026-03-14T10:00 | true
            fr | Atelier de 14h à 16h samedi                             | 2026-03-14T14:00 | true
            fr | Samedi 14 mars. Ouverture des portes à 19h.             | 2026-03-14T19:00 | true
            fr | Ce soir ! Et demain à 18h, la suite                     | 2026-03-12T18:00 | true
            fr | Rencontre samedi soir au café                           | 2026-03-14T20:00 | false
            fr | Bal le 5 mars à 21 h                                    | 2026-03-05T21:00 | true
            fr | Vide-grenier le 2 février                               | 2027-02-02T09:00 | false
            fr | Projection après-demain à 20 heures                     | 2026-03-13T20:00 | true
            fr | Festival du 20 au 22 mars, entrée libre                 | 2026-03-20T09:00 | false
            fr | À 18h ce soir, apéro au jardin                          | 2026-03-11T18:00 | true
            fr | Match dimanche 15h au stade                             | 2026-03-15T15:00 | true
            en | Doors open at 7pm tonight                               | 2026-03-11T19:00 | true
            en | Tonight, live music at the library                      | 2026-03-11T20:00 | false
            en | Join us this Sunday at 7pm                              | 2026-03-15T19:00 | true
            en | Doors open at 7pm                                       | 2026-03-11T19:00 | true
            en | Workshop tomorrow at 6:30 pm in room B                  | 2026-03-12T18:30 | true
            en | See you on Saturday 14 March at 10:30                   | 2026-03-14T10:30 | true
            en | Talk on March 14 at 10.30am                             | 2026-03-14T10:30 | true
            en | Meet us next Thursday                                   | 2026-03-12T09:00 | false
            en | Lunch talk at noon                                      | 2026-03-11T12:00 | true
            en | Book fair at 7pm on Saturday                            | 2026-03-14T19:00 | true
            en | Book fair Saturday, March 14                            | 2026-03-14T09:00 | false
            en | Quiz tomorrow night at 8 p.m.                           | 2026-03-12T20:00 | true
            en | Gala on the 14th of March 2027 at 9am                   | 2027-03-14T09:00 | true
            en | Open house on Saturday the 14th from 10am to 1pm        | 2026-03-14T10:00 | true
            en | Join us on Saturday, March 14th at 10:30am!             | 2026-03-14T10:30 | true
            en | Sale ends Sunday at midnight                            | 2026-03-15T23:59 | true
            """)
    void readsTheEventTime(String language, String text, String expected, boolean exact) {
        String draft = text.replace("18 h (espace insécable)", "18\u00a0h");
        EventTime event = event(language, draft, REFERENCE).orElseThrow();
        assertThat(event.at()).isEqualTo(LocalDateTime.parse(expected).atZone(PARIS));
        assertThat(event.exact()).as("exact").isEqualTo(exact);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Nouveaux horaires : ouvert le dimanche de 14h à 18h
            fr | Ouvert du lundi au vendredi de 9h à 18h
            fr | Ouvert tous les jours de 10h à 19h
            fr | Fermé samedi dernier pour travaux, désolés
            fr | La salle est à 2 h de Paris
            fr | Un atelier de 2h pour les enfants
            fr | Merci d'être venus si nombreux le 14 mars à 18 h !
            fr | Le programme sort #demain sur notre site
            fr | Toute l'après-midi, des jeux pour les enfants
            en | Every Sunday from 10am to 1pm
            en | Last Saturday was great, thanks for coming
            en | Open Monday to Friday, 9am-5pm
            en | We may publish it in March
            en | We're open 9am-5pm
            fr | L'atelier dure 1h30
            """)
    void readsNoEventWhereThereIsNone(String language, String text) {
        assertThat(event(language, text, REFERENCE)).isEmpty();
    }

    @Test
    void nextWeekdayMeansAfterTheReferenceDayAndAPlainWeekdayMayBeThatDay() {
        ZonedDateTime thursday = ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, PARIS);
        assertThat(event("fr", "Fête jeudi prochain", thursday).orElseThrow().at().toLocalDate())
                .hasToString("2026-03-19");
        assertThat(event("fr", "Fête jeudi à 20 h", thursday).orElseThrow().at().toLocalDate())
                .hasToString("2026-03-12");
        assertThat(event("en", "Party next Thursday", thursday).orElseThrow().at().toLocalDate())
                .hasToString("2026-03-19");
    }

    @Test
    void anHourOnItsOwnIsTheNextSuchHour() {
        ZonedDateTime evening = ZonedDateTime.of(2026, 3, 11, 21, 0, 0, 0, PARIS);
        assertThat(event("fr", "Soirée jeux dès 19 h", evening).orElseThrow().at())
                .isEqualTo(ZonedDateTime.of(2026, 3, 12, 19, 0, 0, 0, PARIS));
        // a day stated with the hour stays that day, even when the hour has passed
        assertThat(event("fr", "Ce soir à 19 h, soirée jeux", evening).orElseThrow().at())
                .isEqualTo(ZonedDateTime.of(2026, 3, 11, 19, 0, 0, 0, PARIS));
    }

    @Test
    void theSpanCoversTheWholeReference() {
        String text = "Grande braderie samedi 14 mars à 10h30 sur la place";
        TimeReferences times = READER.read(text, List.of(), Language.FR);
        assertThat(times.mentions()).singleElement().satisfies(m ->
                assertThat(text.substring(m.span().offset(), m.span().end())).isEqualTo("samedi 14 mars à 10h30"));
    }

    @Test
    void aPostIsLateOnlyAfterTheStatedHourOrAfterTheDay() {
        EventTime timed = event("fr", "Ce soir à 19 h", REFERENCE).orElseThrow();
        assertThat(timed.passedAt(REFERENCE.withHour(19).withMinute(1))).isTrue();
        assertThat(timed.closeAt(REFERENCE.withHour(17))).isTrue();
        assertThat(timed.closeAt(REFERENCE.withHour(15))).isFalse();
        EventTime day = event("fr", "Brocante samedi", REFERENCE).orElseThrow();
        assertThat(day.passedAt(day.at().withHour(18))).isFalse();
        assertThat(day.passedAt(day.at().plusDays(1))).isTrue();
    }
}
