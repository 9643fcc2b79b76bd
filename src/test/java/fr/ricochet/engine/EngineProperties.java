package fr.ricochet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.EntityView;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.testing.Gen;
import fr.ricochet.testing.Trials;
import fr.ricochet.value.Audience;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** On any Unicode text the engine answers, and every span it gives lies inside the text. */
class EngineProperties {

    private static final List<NetworkId> ALL = List.copyOf(TestEngine.RULES.networkIds());

    @Test
    void neverThrowsAndKeepsEverySpanInsideTheText() {
        Trials.of(400, drafts()).check(draft -> assertAnswersWithSpansInside(draft.text(), draft.language()));
    }

    private static void assertAnswersWithSpansInside(String text, String language) {
        AnalysisRequest request = new AnalysisRequest(text, ALL, LanguageChoice.fromCode(language).orElseThrow(), List.of(), null, ZoneId.of("Europe/Paris"),
                Audience.GENERAL, null);
        Report report = TestEngine.ADVISOR.analyze(request);
        assertThat(report.score()).isBetween(0, 100);
        for (Finding finding : report.findings()) {
            assertInside(text, finding.offset(), finding.length());
            for (Suggestion suggestion : finding.suggestions()) {
                Replacement r = suggestion.replacement();
                if (r != null) {
                    assertInside(text, r.offset(), r.length());
                }
            }
        }
        Stream.of(report.facts().hashtags(), report.facts().mentions(), report.facts().urls(), report.facts().cashtags())
                .flatMap(List::stream).forEach((EntityView e) -> assertInside(text, e.offset(), e.length()));
        report.tips().forEach(t -> assertThat(t.score() == null || (t.score() >= 0 && t.score() <= 1)).isTrue());
    }

    private static void assertInside(String text, int offset, int length) {
        assertThat(offset).isBetween(0, text.length());
        assertThat(length).isBetween(0, text.length() - offset);
    }

    /** A draft and the language it is sent as. */
    private record Draft(String text, String language) {
        @Override
        public String toString() {
            return Trials.describe(text) + " in language " + language;
        }
    }

    private static Gen<Draft> drafts() {
        Gen<String> anyUnicode = Gen.strings(Gen.anyChar(), 1, 400);
        Gen<String> socialish = Gen.strings(Gen.charsOf("aéèAÉ #@_:/.!?«»\"'-·\u200D\uFE0F\u0301\n" + "0123456789"
                + "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69東京"), 1, 600);
        Gen<String> pieces = Gen.concatenations(Gen.of("https://exemple.fr/a", "#Tag", "@user", "@user@mastodon.social",
                "$TSLA", "RT pour RT", "slt", "!!!", "GRANDE NOUVELLE", "🙏", "👨‍👩‍👧", "l'école", "testez-vous",
                "e\u0301", "東京", " ", "\n", "«", "»", "?"), 60);
        Gen<String> texts = Gen.<String>oneOf(anyUnicode, socialish, pieces).filter(s -> !s.isBlank());
        Gen<String> languages = Gen.of("auto", "fr", "en");
        return random -> new Draft(texts.draw(random), languages.draw(random));
    }
}
