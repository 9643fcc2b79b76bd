package fr.ricochet.eval;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spearman's rank correlation between the expert's ranking and the order of Ricochet's scores. */
final class Spearman {

    private Spearman() {
    }

    /** The expert ranks best first; Ricochet ranks by score, highest first, tied scores sharing their mean rank. */
    static double rho(List<Evaluation.Run> runs, List<String> ranking) {
        Map<String, Integer> scores = runs.stream()
                .collect(Collectors.toMap(r -> r.draft().id(), Evaluation.Run::score, (a, b) -> a));
        int n = ranking.size();
        double[] expert = new double[n];
        double[] tool = new double[n];
        for (int i = 0; i < n; i++) {
            expert[i] = i + 1;
            int score = scores.get(ranking.get(i));
            long higher = ranking.stream().filter(id -> scores.get(id) > score).count();
            long tied = ranking.stream().filter(id -> scores.get(id) == score).count();
            tool[i] = higher + (tied + 1) / 2.0;
        }
        return pearson(expert, tool);
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

}
