package fr.ricochet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.EntityView;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On any Unicode text the engine answers, and every span it gives lies inside the text. */
class EngineProperties {

    private static final List<String> ALL = List.of("x", "mastodon", "bluesky", "threads", "linkedin", "facebook",
            "instagram");

    @Property(tries = 400)
    void neverThrowsAndKeepsEverySpanInsideTheText(@ForAll("drafts") String text, @ForAll("languages") String language) {
        AnalysisRequest request = new AnalysisRequest(text, ALL, language, List.of(), null, ZoneId.of("Europe/Paris"),
                "general", null);
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

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(400);
        Arbitrary<String> socialish = Arbitraries.strings()
                .withChars("aéèAÉ #@_:/.!?«»\"'-·\u200D\uFE0F\u0301\n")
                .withCharRange('0', '9')
                .withChars("\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69東京")
                .ofMinLength(1).ofMaxLength(600);
        Arbitrary<String> pieces = Arbitraries.of("https://exemple.fr/a", "#Tag", "@user", "@user@mastodon.social",
                "$TSLA", "RT pour RT", "slt", "!!!", "GRANDE NOUVELLE", "🙏", "👨‍👩‍👧", "l'école", "testez-vous",
                "e\u0301", "東京", " ", "\n", "«", "»", "?").list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(anyUnicode, socialish, pieces).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("auto", "fr", "en");
    }
}
