package fr.ricochet.measure;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.rules.NetworkProfile;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's weighted length as twitter-text computes it with its v3 configuration (URLs 23, emoji and CJK 2,
 * NFC first). The limit and fold come from the network profile.
 *
 * <p>Why two passes: twitter-text's emoji regular expression costs about 0.75 ms on a 280-character
 * draft, three times the rest of its parse. So twitter-text parses the whole draft with emoji matching
 * off, then each run of graphemes that may be emoji (ICU) is parsed alone with emoji matching on (a run,
 * because twitter-text pairs flag letters its own way), and the
 * difference is applied: twitter-text still decides what an emoji is and what it weighs, even for
 * sequences newer than its data. A property test compares the result with twitter-text's own full
 * parse on arbitrary text.
 */
final class TwitterCounter implements LengthCounter {

    private static final String LINK = "x".repeat(TwitterTextConfiguration.getDefaultConfig().getTransformedURLLength());

    /** Distinct emoji sequences remembered; past this the cache stops growing. */
    private static final int CACHE_LIMIT = 10_000;

    /** twitter-text's v3 weights, with and without its costly emoji matching; only the weighted length is read. */
    private static final TwitterTextConfiguration PLAIN = v3(false);
    private static final TwitterTextConfiguration WITH_EMOJI = v3(true);

    /** Reads the links of a draft that is not in NFC again, in its NFC form (rare: most input methods compose). */
    private static final EntityExtractor NFC_ENTITIES = new EntityExtractor();

    private final Map<String, Integer> emojiCorrections = new ConcurrentHashMap<>();

    @Override
    public NetworkLength count(String text, int[] graphemes, List<Entity> entities, NetworkProfile network) {
        int length = weightedLength(text, graphemes, entities);
        int fitEnd = length <= network.limit() ? text.length() : fitEnd(text, graphemes, entities, network.limit());
        int foldEnd = -1;
        if (network.fold() != null && length > network.fold()) {
            foldEnd = fitEnd(text, graphemes, entities, network.fold());
        }
        return new NetworkLength(network.id(), length, network.limit(), fitEnd, foldEnd,
                text.getBytes(StandardCharsets.UTF_8).length, network.byteLimit());
    }

    int weightedLength(String text, int[] graphemes, List<Entity> entities) {
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            // twitter-text counts the NFC form, where a link may differ: "exemple.fre\u0301" ends in "fré" once
            // composed, a known domain before a letter that is not ASCII; so its links are read there again
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            Extraction found = NFC_ENTITIES.read(nfc);
            List<Entity> links = new java.util.ArrayList<>(found.twitterText());
            links.addAll(found.hiddenLinks());
            return normalizedLength(nfc, Graphemes.boundaries(nfc), Extraction.sorted(links));
        }
        return normalizedLength(text, graphemes, entities);
    }

    private int normalizedLength(String text, int[] graphemes, List<Entity> entities) {
        int length = TwitterTextParser.parseTweet(withoutLinks(text, entities), PLAIN).weightedLength;
        int i = 0;
        while (i + 1 < graphemes.length) {
            int start = i;
            while (i + 1 < graphemes.length && Graphemes.mayBeEmoji(text, graphemes[i], graphemes[i + 1])
                    && !insideLink(entities, graphemes[i], graphemes[i + 1])) {
                i++;
            }
            if (i > start) {
                length -= correction(text.substring(graphemes[start], graphemes[i]));
            } else {
                i++;
            }
        }
        return length;
    }

    /**
     * The draft with each link already counted: replaced by as many plain letters as twitter-text counts
     * for a link, and every other ASCII dot by a comma of the same weight. With no dot left, twitter-text
     * skips its link search, the other costly pass of its parse; the links were found once already.
     */
    private static String withoutLinks(String text, List<Entity> entities) {
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        for (Entity entity : entities) {
            if (entity.kind() == EntityKind.URL) {
                masked.append(text, from, entity.offset()).append(LINK);
                from = entity.end();
            }
        }
        masked.append(text, from, text.length());
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) == '.') {
                masked.setCharAt(i, ',');
            }
        }
        return masked.toString();
    }

    /** Inside a link twitter-text counts 23 and matches no emoji. */
    private static boolean insideLink(List<Entity> entities, int start, int end) {
        for (Entity entity : entities) {
            if (entity.kind() == EntityKind.URL && entity.offset() < end && start < entity.end()) {
                return true;
            }
        }
        return false;
    }

    /** What twitter-text's emoji matching takes off this grapheme's plain weight. */
    private int correction(String sequence) {
        Integer known = emojiCorrections.get(sequence);
        if (known != null) {
            return known;
        }
        int correction = TwitterTextParser.parseTweet(sequence, PLAIN).weightedLength
                - TwitterTextParser.parseTweet(sequence, WITH_EMOJI).weightedLength;
        if (emojiCorrections.size() < CACHE_LIMIT) {
            emojiCorrections.put(sequence, correction);
        }
        return correction;
    }

    /**
     * Where the budget runs out: the longest prefix, cut between graphemes and never inside a link, whose
     * weighted length fits. A binary search over the same fast count, rather than twitter-text's full parse,
     * whose link search on a long draft can take seconds.
     */
    private int fitEnd(String text, int[] graphemes, List<Entity> entities, int budget) {
        int low = 0;
        int high = graphemes.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (prefixLength(text, graphemes, entities, middle) <= budget) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int end = graphemes[low];
        for (Entity entity : entities) {
            if (entity.kind() == EntityKind.URL && entity.offset() < end && end < entity.end()) {
                end = entity.offset();
            }
        }
        return end;
    }

    private int prefixLength(String text, int[] graphemes, List<Entity> entities, int count) {
        int end = graphemes[count];
        List<Entity> inside = entities.stream().filter(e -> e.end() <= end).toList();
        return weightedLength(text.substring(0, end), java.util.Arrays.copyOf(graphemes, count + 1), inside);
    }

    private static TwitterTextConfiguration v3(boolean emoji) {
        TwitterTextConfiguration v3 = TwitterTextConfiguration.getDefaultConfig();
        return new TwitterTextConfiguration.Builder()
                .setVersion(v3.getVersion())
                .setMaxWeightedTweetLength(v3.getMaxWeightedTweetLength())
                .setScale(v3.getScale())
                .setDefaultWeight(v3.getDefaultWeight())
                .setEmojiParsingEnabled(emoji)
                .setTransformedURLLength(v3.getTransformedURLLength())
                .setRanges(v3.getRanges())
                .build();
    }
}
