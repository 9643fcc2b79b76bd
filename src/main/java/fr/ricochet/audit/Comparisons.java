package fr.ricochet.audit;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Compares a group of posts with all the others on their relative engagement: ratio of medians and its bootstrap
 * interval. The values are sorted once; each group is split off in that order, so no comparison sorts again.
 */
final class Comparisons {

    /** One group against the others; null when either side is too small to say anything. */
    record Comparison(double ratio, double low, double high, int n, int nOthers) {
    }

    private final double[] relative;
    private final Integer[] byValue;
    private final AuditRules.CalibrationRules rules;

    Comparisons(double[] relative, AuditRules.CalibrationRules rules) {
        this.relative = relative;
        this.rules = rules;
        this.byValue = new Integer[relative.length];
        Arrays.setAll(byValue, i -> i);
        Arrays.sort(byValue, (a, b) -> Double.compare(relative[a], relative[b]));
    }

    /** The comparison with its 95 % interval. */
    Comparison compare(IntPredicate inGroup, int minimum, String seedName) {
        return compare(inGroup, minimum, seedName, 0.05);
    }

    /** Whether the group and the others both reach {@code minimum} posts. */
    boolean comparable(IntPredicate inGroup, int minimum) {
        int n = size(inGroup);
        return n >= minimum && relative.length - n >= minimum;
    }

    private int size(IntPredicate inGroup) {
        int n = 0;
        for (int i = 0; i < relative.length; i++) {
            n += inGroup.test(i) ? 1 : 0;
        }
        return n;
    }

    /**
     * @param inGroup whether the post at that index (in time order) is in the group
     * @param alpha the interval leaves out this share of the resampled ratios, half on each side; a smaller one
     *              (for many comparisons at once) takes more resamples, at least ten beyond each end
     */
    Comparison compare(IntPredicate inGroup, int minimum, String seedName, double alpha) {
        int n = size(inGroup);
        int others = relative.length - n;
        if (n < minimum || others < minimum) {
            return new Comparison(Double.NaN, Double.NaN, Double.NaN, n, others);
        }
        double[] group = new double[n];
        double[] rest = new double[others];
        int g = 0;
        int o = 0;
        for (Integer index : byValue) {
            if (inGroup.test(index)) {
                group[g++] = relative[index];
            } else {
                rest[o++] = relative[index];
            }
        }
        // One stream per comparison, named by it: the same archive gives the same interval whatever else is compared.
        SplittableRandom random = new SplittableRandom(rules.seed() * 31 + seedName.hashCode());
        int resamples = Math.max(rules.resamples(), (int) Math.ceil(10 / (alpha / 2)));
        double[] interval = MedianBootstrap.ratioInterval(group, rest, resamples, alpha, random);
        return new Comparison(MedianBootstrap.median(group) / MedianBootstrap.median(rest), interval[0], interval[1],
                n, others);
    }

    static boolean judged(Comparison comparison) {
        return !Double.isNaN(comparison.ratio());
    }
}
