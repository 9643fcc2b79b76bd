package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run-together lower-case hashtag into dictionary words by the most probable split: dynamic
 * programming over the dictionaries of both languages, each word costing a fixed price (so fewer, longer
 * words win) plus how rare it is. Short words count only when they are common (function words: "de", "la",
 * "of"). A tag that the dictionaries cannot cover whole (a brand, a name) has no split.
 */
public final class HashtagWords {

    /**
     * The prices of a split, from the tip file.
     *
     * @param minPartLetters shorter words are allowed only when at least {@code shortWordFrequency} common
     * @param wordCost price of each word: the higher, the fewer words
     * @param accentCost price of each accent the tag leaves out ("reseaux" read as "réseaux")
     * @param otherLanguageCost price of a word from the other language's dictionary
     * @param properNounCost price of a word known only with a capital ("Paris")
     * @param maxParts more words than this is no split
     */
    public record Costs(int minPartLetters, int shortWordFrequency, double wordCost, double accentCost,
            double otherLanguageCost, double properNounCost, int maxParts) {
    }

    private static final int MOST_COMMON = 25;

    private HashtagWords() {
    }

    /** The words of {@code tag} (its own letters, cut), or an empty list when it is one word or does not split. */
    public static List<String> split(String tag, Language language, Costs costs) {
        if (tag.isEmpty() || !tag.chars().allMatch(Character::isLowerCase)) {
            return List.of();
        }
        Morphology own = Morphology.of(language);
        Morphology other = Morphology.of(language.other());
        if (isWholeWord(own, tag) || isWholeWord(other, tag)) {
            return List.of();
        }
        int n = tag.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        int[] parts = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Double.POSITIVE_INFINITY || parts[start] >= costs.maxParts()) {
                continue;
            }
            relax(tag, start, own, 0, costs, best, from, parts);
            relax(tag, start, other, costs.otherLanguageCost(), costs, best, from, parts);
        }
        if (best[n] == Double.POSITIVE_INFINITY || parts[n] < 2) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, tag.substring(from[end], end));
        }
        return words;
    }

    private static void relax(String tag, int start, Morphology dictionary, double languageCost, Costs costs,
            double[] best, int[] from, int[] parts) {
        for (Morphology.WordMatch word : dictionary.wordsFrom(tag, start)) {
            int letters = word.end() - start;
            if (letters < costs.minPartLetters() && word.frequency() < costs.shortWordFrequency()) {
                continue;
            }
            double cost = best[start] + costs.wordCost() + (MOST_COMMON - word.frequency()) + languageCost
                    + costs.accentCost() * word.accentsAdded() + (word.capitalised() ? costs.properNounCost() : 0);
            if (cost < best[word.end()]) {
                best[word.end()] = cost;
                from[word.end()] = start;
                parts[word.end()] = parts[start] + 1;
            }
        }
    }

    private static boolean isWholeWord(Morphology dictionary, String tag) {
        return dictionary.wordsFrom(tag, 0).stream().anyMatch(w -> w.end() == tag.length() && w.accentsAdded() == 0);
    }
}
