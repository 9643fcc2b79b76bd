package fr.ricochet.audit;

/**
 * A tip that cost many posts points: the tip, its most frequent case (the message code), the tip's title in the
 * report's language, on how many posts (each once, whatever the case) and what share of those analysed.
 */
public record FrequentFinding(String rule, String code, String title, int posts, double share) {
}
