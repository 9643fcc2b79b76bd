package fr.ricochet.audit;

/**
 * How sure the effects' intervals are, together. An account's calibration compares a dozen groups or more at once;
 * at 95 % each, about one in twenty would exclude 1 by chance and pass for an effect. Bonferroni's correction sets
 * each interval at {@code 1 − 0.05 / comparisons}, so that all of them hold together at 95 % at least. (Holm's
 * step-down is sharper for tests, but gives no interval.)
 *
 * @param correction {@code bonferroni}
 * @param familyConfidence how sure all the intervals are together: 0.95
 * @param comparisons the effects reported, over which the correction is made
 * @param confidence the level of each interval
 */
public record IntervalLevel(String correction, double familyConfidence, int comparisons, double confidence) {

    public static final String BONFERRONI = "bonferroni";
    static final double FAMILY_CONFIDENCE = 0.95;

    public static IntervalLevel bonferroni(int comparisons) {
        int m = Math.max(1, comparisons);
        return new IntervalLevel(BONFERRONI, FAMILY_CONFIDENCE, comparisons, 1 - (1 - FAMILY_CONFIDENCE) / m);
    }

    /** The share each interval leaves out, half on each side. */
    double alpha() {
        return (1 - FAMILY_CONFIDENCE) / Math.max(1, comparisons);
    }
}
