package fr.ricochet.bench;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.RulesLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole analysis of a 280-character draft (all tips, NLP included) next to twitter-text's parse alone
 * on the same draft, on one thread. Run with {@code bash src/test/bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalysisBenchmark {

    /** 280 characters, as X counts them. */
    static final String FRENCH = "La médiathèque de Grenoble ouvre désormais le dimanche de 14h à 18h ! Venez découvrir "
            + "la nouvelle salle de lecture, l'atelier numérique et la ludothèque : « un lieu pour tous », dit @Marie_Dupont. "
            + "Partagez autour de vous 🙏 #Lecture #Grenoble https://exemple.fr/horaires-dimanche";
    static final String ENGLISH = "The Portland public library now opens on Sundays from 2 to 6 pm! Come and discover "
            + "the new reading room, the digital workshop and the games corner: \"a place for everyone\", says @MaryDoe. "
            + "Please share it with your friends 🙏 #Library #Portland https://example.org/sunday-hours";

    private Advisor advisor;
    private AnalysisRequest french;
    private AnalysisRequest english;
    private AnalysisRequest frenchEverywhere;

    @Setup
    public void setUp() {
        advisor = Advisor.create(RulesLoader.load(RulesLocation.embedded()));
        french = AnalysisRequest.of(FRENCH, "x");
        english = AnalysisRequest.of(ENGLISH, "x");
        // Every network reads the draft its own way (entities, length): the cost of seven readings at once.
        frenchEverywhere = AnalysisRequest.of(FRENCH, advisor.rules().networks().keySet().stream()
                .map(Object::toString).toArray(String[]::new));
        if (TwitterTextParser.parseTweet(FRENCH).weightedLength > 280 || TwitterTextParser.parseTweet(ENGLISH).weightedLength > 280) {
            throw new IllegalStateException("the benchmark drafts must fit in 280 weighted characters");
        }
    }

    @Benchmark
    public Report analyzeFrench() {
        return advisor.analyze(french);
    }

    @Benchmark
    public Report analyzeFrenchForEveryNetwork() {
        return advisor.analyze(frenchEverywhere);
    }

    @Benchmark
    public Report analyzeEnglish() {
        return advisor.analyze(english);
    }

    @Benchmark
    public TwitterTextParseResults twitterTextParseFrench() {
        return TwitterTextParser.parseTweet(FRENCH);
    }

    @Benchmark
    public TwitterTextParseResults twitterTextParseEnglish() {
        return TwitterTextParser.parseTweet(ENGLISH);
    }
}
