package fr.ricochet.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the advice to the evaluation corpus: 406 drafts (40 of them on spelling and grammar) whose expectations
 * were written, by people who never ran Ricochet, before any run. Spelling and grammar are checked, as for any
 * single draft. The floors are the figures measured when they were set (README, "Advice
 * quality"), so a change to a check or a rule that makes the advice worse fails here; raise them as it improves.
 */
class EvaluationCorpusTest {

    private static List<Evaluation.Run> runs;
    private static Evaluation.Summary summary;

    @BeforeAll
    static void runTheCorpus() {
        Corpus corpus = Corpus.load();
        runs = Evaluation.run(corpus, TestEngine.RULES);
        summary = Evaluation.summarize(runs, corpus.ranking(), corpus.laterRanking());
    }

    @Test
    void theCorpusIsWhatTheReadmeDescribes() {
        assertThat(summary.drafts()).isGreaterThanOrEqualTo(400);
        long french = runs.stream().filter(r -> "fr".equals(r.draft().request().path("language").asText())).count();
        assertThat((double) french / summary.drafts()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void findingsAreMostlyWhatACommunityManagerWouldSign() {
        assertThat(summary.precision()).as(EvaluateCorpus.report(summary, runs)).isGreaterThanOrEqualTo(0.92);
        assertThat(summary.pointPrecision()).as(EvaluateCorpus.report(summary, runs)).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void whatMustBeSaidIsSaid() {
        // 0.950 before the later set (fr3.yaml), whose must-fire findings were measured at 93 % blind.
        assertThat(summary.recall()).as(EvaluateCorpus.report(summary, runs)).isGreaterThanOrEqualTo(0.945);
    }

    @Test
    void sensitivePostsAreNeverNudgedAndNoSlotComesAfterTheEvent() {
        assertThat(runs.stream().flatMap(r -> r.nudges().stream().map(n -> r.draft().id() + " " + n)))
                .as("nudges on replies, crisis notices and condolences").isEmpty();
        assertThat(runs.stream().filter(Evaluation.Run::suggestedAfterEvent).map(r -> r.draft().id()))
                .as("suggested times after the event").isEmpty();
    }

    @Test
    void everyBreakdownAddsUpToItsScore() {
        for (Evaluation.Run run : runs) {
            int points = 0;
            int max = 0;
            for (com.fasterxml.jackson.databind.JsonNode tip : run.report().path("tips")) {
                points += tip.path("points").asInt(0);
                max += tip.path("max").asInt(0);
            }
            int cap = run.report().path("cap").path("points").asInt(0);
            assertThat(points - cap).as(run.draft().id()).isEqualTo(run.score());
            assertThat(max).as(run.draft().id()).isEqualTo(100);
        }
    }

    @Test
    void spamScoresLowAndExcellentPostsHigh() {
        assertThat(summary.meanScore(Band.SPAM)).isLessThanOrEqualTo(30);
        assertThat(summary.meanScore(Band.EXCELLENT)).isGreaterThanOrEqualTo(90);
    }

    @Test
    void scoresFollowTheExpertsRanking() {
        assertThat(summary.rho()).as(EvaluateCorpus.report(summary, runs)).isGreaterThanOrEqualTo(0.94);
        assertThat(summary.laterRho()).as(EvaluateCorpus.report(summary, runs)).isGreaterThanOrEqualTo(0.925);
    }
}
