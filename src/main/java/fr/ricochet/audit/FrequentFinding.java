package fr.ricochet.audit;

/**
 * A finding the engine raised on many posts: its tip and message code, the tip's title in the report's language,
 * on how many posts and what share of those analysed.
 */
public record FrequentFinding(String rule, String code, String title, int posts, double share) {
}
