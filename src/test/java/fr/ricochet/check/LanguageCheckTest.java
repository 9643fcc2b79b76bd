package fr.ricochet.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.engine.Advisor;
import fr.ricochet.measure.GrammarCheck;
import fr.ricochet.measure.LanguageToolGrammar;
import fr.ricochet.report.Report;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language tip on drafts written for it: what it must say, what it must leave alone, what it costs. */
class LanguageCheckTest {

    private static Report analyse(String json) throws Exception {
        Advisor advisor = TestEngine.withGrammar();
        return advisor.analyze(advisor.reader().read(TestEngine.json().readTree(json)));
    }

    private static List<Finding> language(Report report) {
        return report.findings().stream().filter(f -> f.rule().equals("language")).toList();
    }

    private static String at(String text, Finding finding) {
        return text.substring(finding.offset(), finding.offset() + finding.length());
    }

    @Test
    void aMistakeKeepsLanguageToolsRuleCategoryAndFixes() throws Exception {
        String text = "Les enfant sont invités a participer à l'atelier. Vous connaisez quelqu'un ? #Lyon";
        Report report = analyse("{\"text\": \"" + text + "\"}");
        List<Finding> found = language(report);
        assertThat(found).extracting(Finding::code).contains("D_N", "A_INFINITIF", "VOUS_VERBE");
        Finding agreement = found.stream().filter(f -> f.code().equals("D_N")).findFirst().orElseThrow();
        assertThat(at(text, agreement)).isEqualTo("Les enfant");
        assertThat(agreement.severity()).isEqualTo(Severity.WARNING);
        assertThat(agreement.languageTool().category()).isEqualTo("AGREEMENT");
        assertThat(agreement.suggestions()).anySatisfy(fix -> {
            assertThat(fix.replacement().value()).isEqualTo("Les enfants");
            assertThat(fix.text()).isEqualTo("Écrire «\u00A0Les enfants\u00A0»");
        });
        assertThat(report.facts().grammar()).isEqualTo("checked");
        assertThat(report.tips()).anySatisfy(score -> {
            assertThat(score.id()).isEqualTo("language");
            assertThat(score.score()).isLessThan(1.0);
        });
    }

    @Test
    void languageToolsMarkupReadsAsQuotesInEachLanguage() {
        assertThat(LanguageCheck.plain("Vouliez-vous dire <suggestion>il n'y a</suggestion> ?", Language.FR))
                .isEqualTo("Vouliez-vous dire «\u00A0il n'y a\u00A0» ?");
        assertThat(LanguageCheck.plain("Did you mean <suggestion>its</suggestion>?", Language.EN))
                .isEqualTo("Did you mean “its”?");
    }

    @Test
    void entitiesHandlesInclusiveWritingQuebecNamesAndBothEnglishesAreNeverMistakes() throws Exception {
        for (String text : List.of(
                "Merci @lena.bsky.social, @camille-roy et @ami@mastodon.social pour le #FestivalLumière2026 🎉 $AAPL https://exemple.fr/prog",
                "Les étudiant·es, les chargé·e·s de mission, les élu(e)s et les citoyen.ne.s sont invité·es",
                "Bonne fin de semaine! Magasinez local et envoyez-nous un courriel",
                "Rendez-vous place Bellecour avec Maëlys Le Goff, 35 k€ récoltés pour 8 associations",
                "Our favourite colour-mixing programme is back at the harbour centre")) {
            Report report = analyse("{\"text\": \"" + text + "\"}");
            assertThat(language(report)).as(text).isEmpty();
            assertThat(report.facts().grammar()).as(text).isEqualTo("checked");
        }
    }

    @Test
    void whatAnotherTipAlreadySaidIsNotSaidAgain() throws Exception {
        String text = "slt tt le monde, on vs attend pr la soirée de samedi";
        Report report = analyse("{\"text\": \"" + text + "\"}");
        List<String> abbreviations = report.findings().stream().filter(f -> f.rule().equals("readability"))
                .map(f -> at(text, f)).toList();
        assertThat(abbreviations).contains("slt", "pr");
        assertThat(language(report)).extracting(f -> at(text, f)).doesNotContainAnyElementsOf(abbreviations);
    }

    @Test
    void everyRuleTheTipTurnsOffSaysWhyInBothLanguages() {
        TipSpec tip = TestEngine.RULES.tips().stream().filter(t -> t.id().equals("language")).findFirst().orElseThrow();
        JsonNode disabled = tip.settings().path("disabled");
        assertThat(disabled.size()).isGreaterThan(5);
        disabled.forEach(off -> {
            assertThat(off.hasNonNull("rule") ^ off.hasNonNull("category")).as(off.toString()).isTrue();
            assertThat(off.path("reason").path("fr").asText()).as(off.toString()).isNotBlank();
            assertThat(off.path("reason").path("en").asText()).as(off.toString()).isNotBlank();
        });
    }

    @Test
    void aDraftThatAsksForNoGrammarIsNotChecked() throws Exception {
        Report report = analyse("{\"text\": \"Les enfant sont invités a participer\", \"grammar\": false}");
        assertThat(language(report)).isEmpty();
        assertThat(report.facts().grammar()).isEqualTo("not-asked");
        assertThat(report.tips()).anySatisfy(score -> {
            assertThat(score.id()).isEqualTo("language");
            assertThat(score.score()).isNull();
        });
    }

    /** LanguageTool is stopped between sentences once the draft's time is up: a long hostile draft holds no thread. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aLongHostileDraftIsStoppedAtItsBudget() {
        String hostile = "Les enfant sont invités a participer, vous connaisez ? ".repeat(200).substring(0, 10_000);
        GrammarCheck check = TestEngine.languageTool().withBudget(Duration.ofMillis(50))
                .check(hostile, Language.FR);
        assertThat(check.status()).isEqualTo(GrammarCheck.Status.TIMED_OUT);
    }

    @Test
    void aDraftOverItsBudgetIsReportedAsNotChecked() {
        LanguageToolGrammar hurried = TestEngine.languageTool().withBudget(Duration.ofNanos(1));
        GrammarCheck check = hurried.check("Les enfant sont invités a participer à l'atelier de samedi.", Language.FR);
        assertThat(check.status()).isEqualTo(GrammarCheck.Status.TIMED_OUT);
        assertThat(check.matches()).isEmpty();
        // The checker went back to its pool: the next draft, with time, is checked.
        GrammarCheck next = TestEngine.languageTool().check("Les enfant sont invités.", Language.FR);
        assertThat(next.status()).isEqualTo(GrammarCheck.Status.CHECKED);
        assertThat(next.matches()).extracting(m -> m.rule()).contains("D_N");
    }
}
