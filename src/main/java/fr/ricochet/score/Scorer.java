package fr.ricochet.score;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Severity;
import fr.ricochet.check.TipOutcome;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted mean of the tip scores. A network's score uses that network's verdicts; a tip's score is the
 * mean over the networks it was checked on; the total weighs each tip's score by its weight. Tips that do
 * not apply (null) count for nothing, so a draft is never punished for what it could not be asked. A finding
 * whose code the tip caps (a refused post, a bought audience) holds the score at that cap, whatever the rest.
 */
public final class Scorer {

    private static final Comparator<Finding> COSTLIEST_FIRST = Comparator.comparingDouble(Finding::points).reversed()
            .thenComparing(Finding::severity)
            .thenComparingInt(Finding::offset)
            .thenComparing(Finding::rule);

    private Scorer() {
    }

    public static Scorecard score(List<TipOutcome> outcomes, List<NetworkId> networks) {
        List<TipOutcome> applied = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        // For each outcome, its place among the applied tips, or -1 when it did not apply.
        int[] place = new int[outcomes.size()];
        double weights = 0;
        double weighted = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            TipOutcome outcome = outcomes.get(i);
            Double score = mean(outcome.scoreByNetwork().values());
            place[i] = score == null ? -1 : applied.size();
            if (score != null) {
                applied.add(outcome);
                scores.add(score);
                weights += outcome.weight();
                weighted += outcome.weight() * score;
            }
        }
        int uncapped = percent(weighted, weights);
        Breakdown breakdown = Breakdown.of(applied, scores, weights, uncapped);
        Cap cap = Cap.of(outcomes, null);
        int total = cap == null ? uncapped : Math.min(uncapped, cap.max());
        ScoreCap scoreCap = cap == null || cap.max() >= uncapped ? null
                : new ScoreCap(cap.max(), cap.finding().rule(), cap.finding().code(), uncapped - cap.max(),
                        Cap.anyRefusal(outcomes));

        List<TipScore> tips = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            TipOutcome outcome = outcomes.get(i);
            int index = place[i];
            tips.add(index < 0 ? new TipScore(outcome.tip().id(), null, outcome.weight(), null, null, outcome.basis())
                    : new TipScore(outcome.tip().id(), round(scores.get(index)), outcome.weight(),
                            breakdown.earned()[index], breakdown.max()[index], outcome.basis()));
        }
        Map<NetworkId, Integer> byNetwork = new LinkedHashMap<>();
        for (NetworkId network : networks) {
            byNetwork.put(network, networkScore(outcomes, network));
        }
        List<Finding> findings = new ArrayList<>();
        Finding capping = null;
        for (int i = 0; i < outcomes.size(); i++) {
            TipOutcome outcome = outcomes.get(i);
            double lost = place[i] < 0 ? 0 : breakdown.exactLost()[place[i]];
            long costing = outcome.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
            for (Finding finding : outcome.findings()) {
                double cost = finding.severity() == Severity.INFO || costing == 0 ? 0 : lost / costing;
                boolean holdsTheScore = scoreCap != null && cap.finding() == finding;
                Finding costed = finding.withPoints(Math.round((holdsTheScore ? cost + scoreCap.points() : cost) * 10)
                        / 10.0);
                findings.add(costed);
                capping = holdsTheScore ? costed : capping;
            }
        }
        findings.sort(COSTLIEST_FIRST);
        if (capping != null) {
            // The reason the score is held down is said first, whatever the points say.
            findings.remove(capping);
            findings.add(0, capping);
        }
        return new Scorecard(total, List.copyOf(tips), byNetwork, scoreCap, List.copyOf(findings));
    }

    private static int networkScore(List<TipOutcome> outcomes, NetworkId network) {
        double sum = 0;
        double total = 0;
        for (TipOutcome outcome : outcomes) {
            Double score = outcome.scoreByNetwork().get(network);
            if (score != null) {
                sum += outcome.weightOn(network) * Math.max(0, Math.min(1, score));
                total += outcome.weightOn(network);
            }
        }
        int score = percent(sum, total);
        Cap cap = Cap.of(outcomes, network);
        return cap == null ? score : Math.min(score, cap.max());
    }

    /** The lowest cap among the findings (on one network, or on any when network is null). */
    private record Cap(int max, Finding finding) {

        /** Whether any finding is one the network refuses the post for, even when a lower cap holds the score. */
        static boolean anyRefusal(List<TipOutcome> outcomes) {
            return outcomes.stream().anyMatch(o -> o.findings().stream()
                    .anyMatch(f -> o.tip().refuses().contains(f.code())));
        }

        static Cap of(List<TipOutcome> outcomes, NetworkId network) {
            Cap lowest = null;
            for (TipOutcome outcome : outcomes) {
                for (Finding finding : outcome.findings()) {
                    Integer max = outcome.tip().caps().get(finding.code());
                    if (max != null && (network == null || finding.concerns(network))
                            && (lowest == null || max < lowest.max())) {
                        lowest = new Cap(max, finding);
                    }
                }
            }
            return lowest;
        }
    }

    static Double mean(java.util.Collection<Double> scores) {
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

    static int percent(double weighted, double weights) {
        return weights == 0 ? 100 : (int) Math.round(100 * weighted / weights);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
