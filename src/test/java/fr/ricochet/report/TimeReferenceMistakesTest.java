package fr.ricochet.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures that look like dates, and dates long gone, announce no event: no "too late" error, no cap. */
class TimeReferenceMistakesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Notre service client est joignable 24/7 au 01 23 45 67 89, n'hésitez pas !           | 2026-08-01T10:00:00+02:00
            Les 3/4 des habitants ont répondu à la consultation : merci à vous !                   | 2026-04-10T10:00:00+02:00
            Pourquoi la médiathèque change ses horaires 1/3                                        | 2026-04-10T10:00:00+02:00
            Depuis le 1er janvier 2020, la médiathèque est gratuite pour tous : venez nous voir !  | 2026-12-01T10:00:00+01:00
            """)
    void noEventIsRead(String text, String planned) {
        String request = "{\"text\": " + TestEngine.json().valueToTree(text) + ", \"scheduledAt\": \"" + planned + "\"}";
        Report report = TestEngine.analyze(request);
        assertThat(report.findings()).extracting(f -> f.rule() + ":" + f.code()).doesNotContain("timing:after-event");
        assertThat(report.cap()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Braderie de la médiathèque le 14/03 à 10 h : venez nombreux !   | 2026-03-15T10:00:00+01:00
            Concert samedi 14 mars à 20 h, entrée libre, venez !             | 2026-03-15T10:00:00+01:00
            """)
    void aRealDateAfterWhichThePostIsPlannedIsStillAnError(String text, String planned) {
        String request = "{\"text\": " + TestEngine.json().valueToTree(text) + ", \"scheduledAt\": \"" + planned + "\"}";
        Report report = TestEngine.analyze(request);
        assertThat(report.findings()).extracting(f -> f.rule() + ":" + f.code()).contains("timing:after-event");
    }
}
