package fr.ricochet.audit;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Compares a group of posts with all the others on their relative engagement: ratio of medians and its bootstrap
 * interval. The values are sorted once; each group is split off in that order, so no comparison sorts again.
 */
final class Comparisons {

    /** One group against the others. */
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

    /** The rules' resamples, or more for a small {@code alpha}: ten resampled ratios at least beyond each end. */
    int resamples(double alpha) {
        return Math.max(rules.resamples(), (int) Math.ceil(10 / (alpha / 2)));
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
     * @return null when either side has fewer than {@code minimum} posts
     */
    Comparison compare(IntPredicate inGroup, int minimum, String seedName, double alpha) {
        int n = size(inGroup);
        int others = relative.length - n;
        if (n < minimum || others < minimum) {
            return null;
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
        int resamples = resamples(alpha);
        double[] interval = MedianBootstrap.ratioInterval(group, rest, resamples, alpha, random);
        return new Comparison(MedianBootstrap.median(group) / MedianBootstrap.median(rest), interval[0], interval[1],
                n, others);
    }
}
