package fr.ricochet.audit;

/**
 * One feature's effect on the account's own engagement: the ratio of the group's median relative engagement to
 * the others', with its bootstrap interval at the calibration's {@link IntervalLevel} (Bonferroni-corrected, so
 * that all the account's intervals hold together at 95 %), beside the study's figure (null when no study measured
 * it).
 */
public record Effect(String feature, String group, double ratio, double low, double high, int n, int nOthers,
        StudyFigure study) {
}
