package fr.ricochet.score;

/** One tip's share of the score: from 0 to 1, or null when it did not apply to this draft. */
public record TipScore(String id, Double score, int weight) {
}
