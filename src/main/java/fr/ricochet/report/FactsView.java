package fr.ricochet.report;

import java.util.List;

/** The measured facts a client may want to show beside the findings. */
public record FactsView(
        List<EntityView> hashtags,
        List<EntityView> mentions,
        List<EntityView> urls,
        List<EntityView> cashtags,
        int emojis,
        int words,
        int sentences) {
}
