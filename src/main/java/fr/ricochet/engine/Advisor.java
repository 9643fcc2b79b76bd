package fr.ricochet.engine;

import fr.ricochet.check.CheckCompiler;
import fr.ricochet.check.Draft;
import fr.ricochet.check.TipOutcome;
import fr.ricochet.check.TipRunner;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.TextMeasurer;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportBuilder;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.RequestReader;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.score.Scorecard;
import fr.ricochet.score.Scorer;
import java.time.Clock;
import java.util.List;

/**
 * Ricochet's engine: a request in, the text measured once, the tips checked against those facts, the
 * findings scored into a report. Built once per process; {@link #analyze} is safe from many threads.
 */
public final class Advisor {

    private final RuleBook rules;
    private final TextMeasurer measurer;
    private final TipRunner runner;
    private final ReportBuilder reports;
    private final RequestReader reader;
    private final Clock clock;

    private Advisor(RuleBook rules, Clock clock) {
        this.rules = rules;
        this.runner = new TipRunner(rules, CheckCompiler.compile(rules));
        this.measurer = TextMeasurer.forRules(rules);
        this.reports = new ReportBuilder(rules);
        this.reader = new RequestReader(rules.networkIds());
        this.clock = clock;
    }

    /** Compiles the rules (failing with every problem named) and loads the NLP models. */
    public static Advisor create(RuleBook rules) {
        return new Advisor(rules, Clock.systemUTC());
    }

    /** The same, with the clock that "now" is read from when a request plans no time. */
    public static Advisor create(RuleBook rules, Clock clock) {
        return new Advisor(rules, clock);
    }

    public Report analyze(AnalysisRequest request) {
        Facts facts = measurer.measure(request.text(), request.language(), request.networks());
        List<TipOutcome> outcomes = runner.run(new Draft(request, facts));
        Scorecard card = Scorer.score(outcomes, request.networks());
        return reports.build(request, facts, outcomes, card, clock.instant());
    }

    public RuleBook rules() {
        return rules;
    }

    public RequestReader reader() {
        return reader;
    }
}
