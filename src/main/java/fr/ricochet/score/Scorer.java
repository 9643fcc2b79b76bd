package fr.ricochet.score;

import fr.ricochet.check.TipOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted mean of the tip scores. A network's score uses that network's verdicts; a tip's score is the
 * mean over the networks it was checked on; the total weighs each tip's score by its weight. Tips that do
 * not apply (null) count for nothing, so a draft is never punished for what it could not be asked.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Scorecard score(List<TipOutcome> outcomes, List<String> networks) {
        List<TipScore> tips = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (TipOutcome outcome : outcomes) {
            Double score = mean(outcome.scoreByNetwork().values());
            tips.add(new TipScore(outcome.tip().id(), score == null ? null : round(score), outcome.tip().weight()));
            if (score != null) {
                weighted += outcome.tip().weight() * score;
                weights += outcome.tip().weight();
            }
        }
        Map<String, Integer> byNetwork = new LinkedHashMap<>();
        for (String network : networks) {
            double sum = 0;
            double total = 0;
            for (TipOutcome outcome : outcomes) {
                Double score = outcome.scoreByNetwork().get(network);
                if (score != null) {
                    sum += outcome.tip().weight() * score;
                    total += outcome.tip().weight();
                }
            }
            byNetwork.put(network, percent(sum, total));
        }
        return new Scorecard(percent(weighted, weights), List.copyOf(tips), byNetwork);
    }

    private static Double mean(java.util.Collection<Double> scores) {
        double sum = 0;
        int count = 0;
        for (Double score : scores) {
            if (score != null) {
                sum += Math.max(0, Math.min(1, score));
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static int percent(double weighted, double weights) {
        return weights == 0 ? 100 : (int) Math.round(100 * weighted / weights);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
