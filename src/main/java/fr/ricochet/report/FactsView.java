package fr.ricochet.report;

import java.util.List;

/**
 * The measured facts a client may want to show beside the findings.
 *
 * @param grammar whether spelling and grammar were checked: {@code checked}, {@code not-asked}, {@code off} (the
 *     server runs without), {@code loading} (just started) or {@code timed-out}
 */
public record FactsView(
        List<EntityView> hashtags,
        List<EntityView> mentions,
        List<EntityView> urls,
        List<EntityView> cashtags,
        int emojis,
        int words,
        int sentences,
        String grammar) {

    public FactsView(List<EntityView> hashtags, List<EntityView> mentions, List<EntityView> urls,
            List<EntityView> cashtags, int emojis, int words, int sentences) {
        this(hashtags, mentions, urls, cashtags, emojis, words, sentences, "not-asked");
    }
}
