package fr.ricochet.audit;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The distribution of the engine's scores over the account's original posts, and their trend by month. */
final class ScoreSummaries {

    private static final int BUCKETS = 10;

    private ScoreSummaries() {
    }

    static ScoreSummary of(List<AnalysedPost> posts, ZoneId zone) {
        int[] scores = posts.stream().mapToInt(AnalysedPost::score).toArray();
        int[] counts = new int[BUCKETS];
        for (int score : scores) {
            counts[Math.min(BUCKETS - 1, score / 10)]++;
        }
        List<ScoreSummary.Bucket> histogram = new ArrayList<>();
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            histogram.add(new ScoreSummary.Bucket(bucket * 10, bucket == BUCKETS - 1 ? 100 : bucket * 10 + 9,
                    counts[bucket]));
        }
        Map<YearMonth, List<Integer>> byMonth = new TreeMap<>();
        for (AnalysedPost post : posts) {
            YearMonth month = YearMonth.from(post.features().post().createdAt().atZone(zone));
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(post.score());
        }
        List<ScoreSummary.Month> monthly = new ArrayList<>();
        byMonth.forEach((month, values) -> {
            int[] monthScores = values.stream().mapToInt(Integer::intValue).toArray();
            monthly.add(new ScoreSummary.Month(month.toString(), monthScores.length, median(monthScores),
                    mean(monthScores)));
        });
        return new ScoreSummary(scores.length, mean(scores), median(scores), histogram, monthly);
    }

    private static double median(int[] values) {
        return values.length == 0 ? 0 : MedianBootstrap.median(Arrays.stream(values).sorted().asDoubleStream().toArray());
    }

    private static double mean(int[] values) {
        return values.length == 0 ? 0 : Math.round(Arrays.stream(values).average().orElse(0) * 10) / 10.0;
    }
}
