package fr.ricochet.bench;

import fr.ricochet.TestEngine;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.measure.GrammarCheck;
import fr.ricochet.measure.LanguageToolGrammar;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.value.Language;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same 280-character drafts as {@link AnalysisBenchmark}, analysed with spelling and grammar (LanguageTool 6.6
 * loaded and warmed before the first measure), and LanguageTool's check alone. Run with
 * {@code bash src/test/bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrammarBenchmark {

    private Advisor advisor;
    private LanguageToolGrammar grammar;
    private AnalysisRequest french;
    private AnalysisRequest english;

    @Setup
    public void setUp() {
        grammar = TestEngine.languageTool();
        advisor = Advisor.create(RulesLoader.load(RulesLocation.embedded()), grammar);
        french = AnalysisRequest.of(AnalysisBenchmark.FRENCH, "x");
        english = AnalysisRequest.of(AnalysisBenchmark.ENGLISH, "x");
    }

    @Benchmark
    public Report analyzeFrenchWithGrammar() {
        return advisor.analyze(french);
    }

    @Benchmark
    public Report analyzeEnglishWithGrammar() {
        return advisor.analyze(english);
    }

    @Benchmark
    public GrammarCheck languageToolAloneFrench() {
        return grammar.check(AnalysisBenchmark.FRENCH, Language.FR);
    }
}
