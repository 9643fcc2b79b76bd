package fr.ricochet.engine;

import fr.ricochet.check.CheckCompiler;
import fr.ricochet.check.Draft;
import fr.ricochet.check.KindDetector;
import fr.ricochet.check.TipOutcome;
import fr.ricochet.check.TipRunner;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.Grammar;
import fr.ricochet.measure.LanguageDetection;
import fr.ricochet.measure.TextMeasurer;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportBuilder;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.ProfileLookup;
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
    private final KindDetector kinds;
    private final Clock clock;

    private final Grammar grammar;

    /** The same engine, its reader finding the profiles requests name by id in this store. */
    private Advisor(Advisor engine, ProfileLookup profiles) {
        this.rules = engine.rules;
        this.grammar = engine.grammar;
        this.runner = engine.runner;
        this.measurer = engine.measurer;
        this.reports = engine.reports;
        this.reader = engine.reader.withProfiles(profiles);
        this.kinds = engine.kinds;
        this.clock = engine.clock;
    }

    private Advisor(RuleBook rules, Clock clock, Grammar grammar) {
        this.rules = rules;
        this.grammar = grammar;
        this.runner = new TipRunner(rules, CheckCompiler.compile(rules));
        this.measurer = TextMeasurer.forRules(rules, grammar);
        this.reports = new ReportBuilder(rules);
        this.reader = new RequestReader(rules.networkIds(), rules.kinds().ids());
        this.kinds = new KindDetector(rules.kinds());
        this.clock = clock;
    }

    /** Compiles the rules (failing with every problem named) and loads the NLP models. */
    public static Advisor create(RuleBook rules) {
        return new Advisor(rules, Clock.systemUTC(), Grammar.off());
    }

    /** The same, with spelling and grammar checked by this checker (see {@link fr.ricochet.measure.LanguageToolGrammar}). */
    public static Advisor create(RuleBook rules, Grammar grammar) {
        return new Advisor(rules, Clock.systemUTC(), grammar);
    }

    /** The same, with the clock that "now" is read from when a request plans no time. */
    public static Advisor create(RuleBook rules, Clock clock) {
        return new Advisor(rules, clock, Grammar.off());
    }

    public static Advisor create(RuleBook rules, Clock clock, Grammar grammar) {
        return new Advisor(rules, clock, grammar);
    }

    /** The same engine, for requests that may name a stored calibration profile by its id. */
    public Advisor withProfiles(ProfileLookup profiles) {
        return new Advisor(this, profiles);
    }

    public Report analyze(AnalysisRequest request) {
        Report report = analyzeOnce(request);
        if (report.rewrite() == null) {
            return report;
        }
        // A rewrite is offered only when it proves better: analysed again, it scores at least as high and
        // keeps every mention and link of the draft.
        // Judged on the same terms: the language and the kind of post the draft was read in.
        Report again = analyzeOnce(request.withText(report.rewrite(), report.language().code(), report.kind().value()));
        boolean keepsEntities = values(again.facts().mentions()).containsAll(values(report.facts().mentions()))
                && values(again.facts().urls()).containsAll(values(report.facts().urls()));
        return again.score() >= report.score() && keepsEntities ? report : report.withRewrite(null);
    }

    /**
     * The report without a rewrite, for an audit of thousands of past posts: nobody will publish them again, so
     * the rewrite is neither offered nor proved (which would analyse each post twice).
     */
    public Report assess(AnalysisRequest request) {
        return analyzeOnce(request).withRewrite(null);
    }

    private Report analyzeOnce(AnalysisRequest request) {
        Facts facts = measurer.measure(request.text(), request.language(), request.networks(), request.grammar());
        Draft draft = new Draft(request, facts, kinds.detect(request, facts));
        List<TipOutcome> outcomes = runner.run(draft);
        Scorecard card = Scorer.score(outcomes, request.networks());
        return reports.build(request, facts, draft.kind(), card, clock.instant());
    }

    private static List<String> values(List<fr.ricochet.report.EntityView> entities) {
        return entities.stream().map(e -> e.value().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** French or English as the language model reads the text, whatever a request says (for LanguageTool clients). */
    public LanguageDetection detectLanguage(String text) {
        return measurer.detectLanguage(text);
    }

    /** Whether spelling and grammar are off, loading or ready (for /health). */
    public Grammar.State grammar() {
        return grammar.state();
    }

    public RuleBook rules() {
        return rules;
    }

    public RequestReader reader() {
        return reader;
    }
}
