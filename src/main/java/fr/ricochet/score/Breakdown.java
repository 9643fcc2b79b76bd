package fr.ricochet.score;

import fr.ricochet.check.TipOutcome;
import java.util.List;

/**
 * Each applied tip's points in whole numbers that add up: the maxima to 100, the points lost to what the
 * draft lost, shared by largest remainder so that rounding never makes the breakdown disagree with the score.
 *
 * @param exactLost points lost per tip before rounding, to share among its findings
 */
record Breakdown(int[] earned, int[] max, double[] exactLost) {

    static Breakdown of(List<TipOutcome> applied, List<Double> scores, double weights, int total) {
        int n = applied.size();
        double[] exactMax = new double[n];
        double[] exactLost = new double[n];
        for (int i = 0; i < n; i++) {
            exactMax[i] = weights == 0 ? 0 : 100.0 * applied.get(i).tip().weight() / weights;
            exactLost[i] = exactMax[i] * (1 - Math.max(0, Math.min(1, scores.get(i))));
        }
        int[] max = largestRemainder(exactMax, n == 0 ? 0 : 100);
        int[] lost = largestRemainder(exactLost, 100 - total);
        int[] earned = new int[n];
        for (int i = 0; i < n; i++) {
            earned[i] = Math.max(0, max[i] - lost[i]);
        }
        return new Breakdown(earned, max, exactLost);
    }

    /** Whole numbers close to the exact values that add up to {@code sum}: floors, then one more to the largest rests. */
    static int[] largestRemainder(double[] exact, int sum) {
        int[] whole = new int[exact.length];
        int given = 0;
        for (int i = 0; i < exact.length; i++) {
            whole[i] = (int) Math.floor(exact[i]);
            given += whole[i];
        }
        Integer[] order = new Integer[exact.length];
        for (int i = 0; i < exact.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(exact[b] - whole[b], exact[a] - whole[a]));
        for (int k = 0; given < sum && exact.length > 0; k = (k + 1) % exact.length) {
            whole[order[k]]++;
            given++;
        }
        return whole;
    }
}
