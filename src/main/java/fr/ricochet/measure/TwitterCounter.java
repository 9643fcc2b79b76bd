package fr.ricochet.measure;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.rules.NetworkProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's weighted length, exactly as twitter-text computes it with its v3 configuration
 * (URLs 23, emoji 2, CJK 2, NFC first). The limit and fold come from the network profile.
 */
final class TwitterCounter implements LengthCounter {

    private final Map<Integer, TwitterTextConfiguration> configurations = new ConcurrentHashMap<>();

    @Override
    public NetworkLength count(String text, int[] graphemes, List<Entity> entities, NetworkProfile network) {
        TwitterTextParseResults atLimit = TwitterTextParser.parseTweet(text, configuration(network.limit()));
        int fitEnd = atLimit.isValid || atLimit.weightedLength <= network.limit()
                ? text.length() : validEnd(text, atLimit);
        int foldEnd = -1;
        if (network.fold() != null && atLimit.weightedLength > network.fold()) {
            foldEnd = network.fold() == network.limit() ? fitEnd
                    : validEnd(text, TwitterTextParser.parseTweet(text, configuration(network.fold())));
        }
        return new NetworkLength(network.id(), atLimit.weightedLength, network.limit(), fitEnd, foldEnd,
                text.getBytes(StandardCharsets.UTF_8).length);
    }

    /** twitter-text's valid range is inclusive and counted on the NFC form; keep it inside the text given. */
    private static int validEnd(String text, TwitterTextParseResults results) {
        return Math.max(0, Math.min(text.length(), results.validTextRange.end + 1));
    }

    private TwitterTextConfiguration configuration(int maxWeightedLength) {
        return configurations.computeIfAbsent(maxWeightedLength, max -> {
            TwitterTextConfiguration v3 = TwitterTextConfiguration.getDefaultConfig();
            return new TwitterTextConfiguration.Builder()
                    .setVersion(v3.getVersion())
                    .setMaxWeightedTweetLength(max)
                    .setScale(v3.getScale())
                    .setDefaultWeight(v3.getDefaultWeight())
                    .setEmojiParsingEnabled(v3.getEmojiParsingEnabled())
                    .setTransformedURLLength(v3.getTransformedURLLength())
                    .setRanges(v3.getRanges())
                    .build();
        });
    }
}
