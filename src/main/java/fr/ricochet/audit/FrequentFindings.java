package fr.ricochet.audit;

import fr.ricochet.rules.RuleBook;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tips that cost the account's posts points most often: what to work on first. One row per tip, counting each
 * post once, whatever case of the tip it fell into (an image missing, or its description): a list of habits read
 * by a trainer names each habit once. The row's code is the tip's most frequent case. Findings that cost nothing
 * (a good slot, a note) are no habit to change and are not counted.
 */
final class FrequentFindings {

    /** Beyond ten, a list of habits stops being read. */
    static final int SHOWN = 10;

    private FrequentFindings() {
    }

    static List<FrequentFinding> of(List<AnalysedPost> posts, RuleBook rules, String language) {
        Map<String, Integer> postsPerTip = new HashMap<>();
        Map<String, Integer> postsPerCase = new HashMap<>();
        for (AnalysedPost post : posts) {
            Set<String> tips = new HashSet<>();
            for (String key : post.findings()) {
                postsPerCase.merge(key, 1, Integer::sum);
                tips.add(key.split("/", 2)[0]);
            }
            tips.forEach(tip -> postsPerTip.merge(tip, 1, Integer::sum));
        }
        return postsPerTip.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN)
                .map(entry -> {
                    String tip = entry.getKey();
                    double share = Math.round(1000.0 * entry.getValue() / posts.size()) / 1000.0;
                    return new FrequentFinding(tip, mostFrequentCase(tip, postsPerCase),
                            rules.tipTitle(tip, language), entry.getValue(), share);
                })
                .sorted(Comparator.comparingInt(FrequentFinding::posts).reversed())
                .toList();
    }

    private static String mostFrequentCase(String tip, Map<String, Integer> postsPerCase) {
        return postsPerCase.entrySet().stream().filter(entry -> entry.getKey().startsWith(tip + "/"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey().split("/", 2)[1]).findFirst().orElseThrow();
    }
}
