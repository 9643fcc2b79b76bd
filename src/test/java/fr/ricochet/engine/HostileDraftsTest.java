package fr.ricochet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.value.Audience;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts built to make regular expressions backtrack: each is analysed on every network, with every span
 * inside the text. (Their cost is measured by hand, see the README; a regression shows as a hang here.)
 */
class HostileDraftsTest {

    private static final List<NetworkId> ALL = List.copyOf(TestEngine.RULES.networkIds());

    @ParameterizedTest
    @ValueSource(strings = {"a.", "mot.", "1 ", "1", "#a", "#a ", "@a ", "!?", "http://a.b/", "12 € les ", "« ", "$A ", "a.com.",
            "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.#", "https://exemple.fr/v1.2.", "x.fr/a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a",
            "@a.", "@a@b.", "https://a.b/(x)", "#a-", " #l'é", "(@a.b"})
    void aTenThousandCharacterRepetitionIsAnalysed(String unit) {
        String text = unit.repeat(10_000 / unit.length());
        Report report = TestEngine.ADVISOR.analyze(new AnalysisRequest(text, ALL, LanguageChoice.AUTO, List.of(), null,
                ZoneId.of("Europe/Paris"), Audience.GENERAL, null));
        assertThat(report.score()).isBetween(0, 100);
        for (Finding finding : report.findings()) {
            assertThat(finding.offset()).isBetween(0, text.length());
            assertThat(finding.offset() + finding.length()).isBetween(0, text.length());
        }
        assertThat(report.networks().get(0).withinLimit()).isFalse();
    }
}
