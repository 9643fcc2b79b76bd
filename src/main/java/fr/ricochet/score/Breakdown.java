package fr.ricochet.score;

import fr.ricochet.check.TipOutcome;
import java.util.List;

/**
 * Each applied tip's points in whole numbers that add up: the maxima to 100, the points earned to the score, shared
 * by largest remainder (none past its tip's maximum) so that rounding never makes the breakdown disagree with it.
 *
 * @param exactLost points lost per tip before rounding, to share among its findings
 */
record Breakdown(int[] earned, int[] max, double[] exactLost) {

    static Breakdown of(List<TipOutcome> applied, List<Double> scores, double weights, int total) {
        int n = applied.size();
        double[] exactMax = new double[n];
        double[] exactEarned = new double[n];
        double[] exactLost = new double[n];
        for (int i = 0; i < n; i++) {
            exactMax[i] = weights == 0 ? 0 : 100.0 * applied.get(i).weight() / weights;
            exactEarned[i] = exactMax[i] * Math.max(0, Math.min(1, scores.get(i)));
            exactLost[i] = exactMax[i] - exactEarned[i];
        }
        int[] max = largestRemainder(exactMax, n == 0 ? 0 : 100, null);
        // The earned points are shared so that they add up to the score and none passes its tip's maximum.
        int[] earned = largestRemainder(exactEarned, total, max);
        return new Breakdown(earned, max, exactLost);
    }

    /**
     * Whole numbers close to the exact values that add up to {@code sum}: floors, then one more to the largest rests,
     * never past {@code ceiling} when one is given (a value at its ceiling gives its turn to the next).
     */
    static int[] largestRemainder(double[] exact, int sum, int[] ceiling) {
        int[] whole = new int[exact.length];
        int given = 0;
        for (int i = 0; i < exact.length; i++) {
            whole[i] = (int) Math.floor(exact[i]);
            if (ceiling != null) {
                whole[i] = Math.min(whole[i], ceiling[i]);
            }
            given += whole[i];
        }
        Integer[] order = new Integer[exact.length];
        for (int i = 0; i < exact.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(exact[b] - whole[b], exact[a] - whole[a]));
        boolean moved = true;
        while (given < sum && moved) {
            moved = false;
            for (int k = 0; k < exact.length && given < sum; k++) {
                int i = order[k];
                if (ceiling == null || whole[i] < ceiling[i]) {
                    whole[i]++;
                    given++;
                    moved = true;
                }
            }
        }
        return whole;
    }
}
