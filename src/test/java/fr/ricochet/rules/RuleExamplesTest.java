package fr.ricochet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.check.Finding;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every sample draft of every tip file: the tip must raise exactly the message codes the example
 * expects (an empty list: stay quiet). A trainer who edits a rule sees here what it now does.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryTip() {
        return TestEngine.RULES.tips().stream().flatMap(tip -> tip.examples().stream().map(example ->
                DynamicTest.dynamicTest(tip.id() + ": " + example.draft().get("text").asText(), () -> {
                    // Spelling and grammar need LanguageTool, which the other tips' examples do without.
                    Advisor advisor = tip.kind().equals("language") ? TestEngine.withGrammar() : TestEngine.ADVISOR;
                    Report report = advisor.analyze(advisor.reader().read(example.draft()));
                    List<Finding> findings = report.findings().stream().filter(f -> f.rule().equals(tip.id())).toList();
                    List<String> raised = findings.stream().map(Finding::code).sorted().toList();
                    assertThat(raised).as("codes raised by %s (%s)", tip.id(), tip.source().getFileName())
                            .isEqualTo(example.codes().stream().sorted().toList());
                    String text = example.draft().get("text").asText();
                    for (Example.Expected expected : example.expect()) {
                        assertThat(findings).as("%s: a '%s' finding at \"%s\" fixed with \"%s\"", tip.id(),
                                expected.code(), expected.at(), expected.fix())
                                .anyMatch(f -> f.code().equals(expected.code()) && at(text, f, expected) && fix(f, expected));
                    }
                })));
    }

    private static boolean at(String text, Finding finding, Example.Expected expected) {
        return expected.at() == null
                || text.substring(finding.offset(), finding.offset() + finding.length()).equals(expected.at());
    }

    /** The value the finding's first mechanical fix writes ("" for a removal). */
    private static boolean fix(Finding finding, Example.Expected expected) {
        return expected.fix() == null || finding.suggestions().stream().filter(s -> s.replacement() != null)
                .findFirst().map(s -> s.replacement().value().equals(expected.fix())).orElse(false);
    }

    @Test
    void everyTipCarriesExamplesThatFireAndExamplesThatStayQuiet() {
        for (TipSpec tip : TestEngine.RULES.tips()) {
            assertThat(tip.examples()).as(tip.id()).anyMatch(e -> e.expect().isEmpty());
            // A tip that only rewards a phrase (a quotation, a figure) never speaks: it has nothing to fire.
            boolean speaks = tip.settings().path("noteWhenMissing").asBoolean(true);
            assertThat(tip.examples()).as(tip.id()).anyMatch(e -> !e.expect().isEmpty() || !speaks);
        }
    }
}
