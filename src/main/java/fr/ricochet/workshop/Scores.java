package fr.ricochet.workshop;

import java.util.List;

/** First, best and latest score of submissions given oldest first; all null when there are none. */
record Scores(Integer first, Integer best, Integer latest) {

    static Scores of(List<Submission> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return new Scores(null, null, null);
        }
        int best = oldestFirst.stream().mapToInt(Submission::score).max().orElseThrow();
        return new Scores(oldestFirst.get(0).score(), best, oldestFirst.get(oldestFirst.size() - 1).score());
    }
}
