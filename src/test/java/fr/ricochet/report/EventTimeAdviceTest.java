package fr.ricochet.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suggested time never comes after the event the draft announces. The engine's clock reads Tuesday
 * 24 November 2026, 21:00 in Paris.
 */
class EventTimeAdviceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final OffsetDateTime NOW = TestEngine.NOW.atZone(PARIS).toOffsetDateTime();

    private static Report analyze(String text, String language, String scheduledAt, String... networks) {
        var request = TestEngine.json().createObjectNode().put("text", text).put("language", language);
        if (scheduledAt != null) {
            request.put("scheduledAt", scheduledAt);
        }
        var list = request.putArray("networks");
        for (String network : networks.length == 0 ? new String[] {"x"} : networks) {
            list.add(network);
        }
        return TestEngine.analyze(request);
    }

    private static OffsetDateTime suggested(Report report) {
        return report.suggestedTime() == null ? null : report.suggestedTime().at();
    }

    @Test
    void anEventTonightGetsNowRatherThanALaterDay() {
        for (Report report : List.of(analyze("Doors open at 7pm tonight, come early!", "en", null),
                analyze("Ce soir, c'est la Nuit de la lecture à la médiathèque !", "fr", null))) {
            assertThat(suggested(report)).isEqualTo(NOW);
            assertThat(report.suggestedTime().sources()).isEmpty();
        }
    }

    @Test
    void theNextGoodSlotIsKeptWhenItComesBeforeTheEvent() {
        // X's windows open on Wednesday at 09:00, before an 11:00 workshop
        assertThat(suggested(analyze("Atelier demain à 11 h à la médiathèque, venez !", "fr", null)))
                .isEqualTo(OffsetDateTime.parse("2026-11-25T09:00:00+01:00"));
    }

    @Test
    void atNightNowIsTheNightsEndWhenTheEventComesAfterIt() {
        // Tuesday 23:25 in Paris: no X window opens before tomorrow 09:00, the hour taken for "demain"
        var night = fr.ricochet.engine.Advisor.create(TestEngine.RULES,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T22:25:00Z"), java.time.ZoneOffset.UTC));
        var braderie = night.analyze(night.reader().read(TestEngine.json().createObjectNode()
                .put("text", "Braderie demain à la médiathèque, venez nombreux !").put("language", "fr")));
        assertThat(suggested(braderie)).isEqualTo(OffsetDateTime.parse("2026-11-25T07:00:00+01:00"));
        // a workshop at 06:30 comes before the night's end: now it is
        var early = night.analyze(night.reader().read(TestEngine.json().createObjectNode()
                .put("text", "Atelier demain à 6 h 30 à la médiathèque, venez !").put("language", "fr")));
        assertThat(suggested(early)).isEqualTo(OffsetDateTime.parse("2026-11-24T23:25:00+01:00"));
    }

    @Test
    void noWindowBeforeTheEventMeansNow() {
        // the workshop starts at 08:00 tomorrow, before X's first window
        assertThat(suggested(analyze("Atelier demain à 8 h à la médiathèque, venez !", "fr", null))).isEqualTo(NOW);
    }

    @Test
    void aPlannedTimeAfterTheEventGetsTheLastGoodSlotBeforeIt() {
        Report report = analyze("Brocante samedi 28 novembre à 9 h sur la place du marché.", "fr",
                "2026-11-29T10:00:00+01:00");
        // X's last window before Saturday 09:00 opens on Friday at 09:00
        assertThat(suggested(report)).isEqualTo(OffsetDateTime.parse("2026-11-27T09:00:00+01:00"));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("timing")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("after-event");
            assertThat(f.message()).contains("dimanche 29 novembre").contains("samedi 28 novembre, 9\u00A0h");
            assertThat("Brocante samedi 28 novembre à 9 h sur la place du marché."
                    .substring(f.offset(), f.offset() + f.length())).isEqualTo("samedi 28 novembre à 9 h");
        });
    }

    @Test
    void aPlannedTimeBeforeTheEventIsKeptWhenNoWindowOpensInBetweenOrWhenTheEventIsClose() {
        assertThat(analyze("Concert dimanche à 17 h au kiosque.", "fr", "2026-11-28T08:00:00+01:00").suggestedTime())
                .isNull();
        assertThat(analyze("Ce soir à 20 h, concert au kiosque.", "fr", "2026-11-26T18:00:00+01:00").suggestedTime())
                .isNull();
        assertThat(suggested(analyze("Concert jeudi à 20 h au kiosque.", "fr", "2026-11-24T22:00:00+01:00")))
                .isEqualTo(OffsetDateTime.parse("2026-11-25T09:00:00+01:00"));
    }

    @Test
    void neverASlotAfterTheEventWhateverThePlannedTime() {
        record Draft(String text, String language, ZonedDateTime event) {
        }
        List<Draft> drafts = List.of(
                new Draft("Brocante samedi 28 novembre à 9 h sur la place.", "fr", at(28, 9, 0)),
                new Draft("Conférence le 26/11 à 18 h 30 à la médiathèque.", "fr", at(26, 18, 30)),
                new Draft("Concert jeudi 26 novembre à 8 h, entrée libre.", "fr", at(26, 8, 0)),
                new Draft("Book fair on Saturday 28 November at 7pm at the town hall.", "en", at(28, 19, 0)),
                new Draft("Talk on November 25 at 10.30am in room B.", "en", at(25, 10, 30)),
                new Draft("Open day Sunday, November 29 from 2pm to 6pm.", "en", at(29, 14, 0)));
        List<String> planned = new ArrayList<>();
        planned.add(null);
        for (ZonedDateTime t = at(24, 22, 0); t.isBefore(at(30, 12, 0)); t = t.plusMinutes(210)) {
            planned.add(t.toOffsetDateTime().toString());
        }
        for (Draft draft : drafts) {
            for (String at : planned) {
                for (String[] networks : List.of(new String[] {"x"}, new String[] {"linkedin", "instagram"})) {
                    OffsetDateTime suggestion = suggested(analyze(draft.text(), draft.language(), at, networks));
                    if (suggestion != null) {
                        assertThat(suggestion.toInstant()).as("%s planned %s", draft.text(), at)
                                .isBefore(draft.event().toInstant());
                    }
                }
            }
        }
    }

    private static ZonedDateTime at(int november, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, november, hour, minute, 0, 0, PARIS);
    }
}
