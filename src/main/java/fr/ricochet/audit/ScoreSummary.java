package fr.ricochet.audit;

import java.util.List;

/**
 * The engine's scores of the original posts.
 *
 * @param histogram ten buckets of ten points, 0–9 to 90–100
 * @param monthly one entry per month that has posts, oldest first
 */
public record ScoreSummary(int analysed, double mean, double median, List<Bucket> histogram, List<Month> monthly) {

    public ScoreSummary {
        histogram = List.copyOf(histogram);
        monthly = List.copyOf(monthly);
    }

    /** Posts scoring {@code from} to {@code to}, both included. */
    public record Bucket(int from, int to, int count) {
    }

    /** @param month {@code 2025-03} */
    public record Month(String month, int posts, double median, double mean) {
    }
}
