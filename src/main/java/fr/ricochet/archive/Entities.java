package fr.ricochet.archive;

import com.twitter.twittertext.Extractor;
import java.util.List;

/**
 * The hashtags, mentions and links of a text, for the formats that name none (CSV, JSONL, LinkedIn), read by
 * twitter-text as the engine reads a draft's.
 */
record Entities(List<String> hashtags, List<String> mentions, List<String> urls) {

    static Entities of(String text) {
        // An Extractor holds one setting and no state between calls, but is not documented as thread-safe.
        Extractor extractor = new Extractor();
        return new Entities(extractor.extractHashtags(text), extractor.extractMentionedScreennames(text),
                extractor.extractURLs(text));
    }
}
