package fr.ricochet.audit;

import fr.ricochet.rules.RuleBook;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The findings the engine raised most often over the account's posts: what to work on first. */
final class FrequentFindings {

    /** Beyond ten, a list of habits stops being read. */
    static final int SHOWN = 10;

    private FrequentFindings() {
    }

    static List<FrequentFinding> of(List<AnalysedPost> posts, RuleBook rules, String language) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnalysedPost post : posts) {
            for (String key : post.findings()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN)
                .map(entry -> {
                    String[] parts = entry.getKey().split("/", 2);
                    double share = Math.round(1000.0 * entry.getValue() / posts.size()) / 1000.0;
                    return new FrequentFinding(parts[0], parts[1], rules.tipTitle(parts[0], language),
                            entry.getValue(), share);
                })
                .sorted(Comparator.comparingInt(FrequentFinding::posts).reversed())
                .toList();
    }
}
