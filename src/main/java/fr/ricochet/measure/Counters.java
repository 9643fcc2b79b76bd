package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesException;
import fr.ricochet.value.NetworkId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The counting methods a network profile may name in its {@code counting} field. */
final class Counters {

    /** Mastodon and its forks count every link as this many characters, whatever its length. */
    static final int FEDIVERSE_URL_LENGTH = 23;

    private static final Map<String, LengthCounter> METHODS = Map.of(
            "twitter-text", new TwitterCounter(),
            "graphemes", new GraphemeWalk(Counters::one, entity -> -1),
            "code-points", new GraphemeWalk(Counters::codePoints, entity -> -1),
            "mastodon", new GraphemeWalk(Counters::one, Counters::mastodonEntity),
            "threads", new GraphemeWalk(Counters::threadsGrapheme, entity -> -1));

    private Counters() {
    }

    /**
     * The counter of each network, or a {@link RulesException} naming every profile with an unknown counting or
     * entities method.
     */
    static Map<NetworkId, LengthCounter> forNetworks(RuleBook rules) {
        Map<NetworkId, LengthCounter> counters = new HashMap<>();
        List<RulesException.Problem> problems = new ArrayList<>(EntityReaders.check(rules));
        for (NetworkProfile network : rules.networks().values()) {
            LengthCounter counter = METHODS.get(network.counting());
            if (counter == null) {
                problems.add(new RulesException.Problem(network.source(), "counting", "unknown method '"
                        + network.counting() + "' (known: " + String.join(", ", new TreeSet<>(METHODS.keySet())) + ")"));
            }
            counters.put(network.id(), counter);
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return Map.copyOf(counters);
    }

    /** The counter a profile names; its method was checked when the rules were loaded ({@link #forNetworks}). */
    static LengthCounter of(NetworkProfile network) {
        LengthCounter counter = METHODS.get(network.counting());
        if (counter == null) {
            throw new IllegalArgumentException("unknown counting method '" + network.counting() + "'");
        }
        return counter;
    }

    private static int one(String text, int start, int end) {
        return 1;
    }

    private static int codePoints(String text, int start, int end) {
        return text.codePointCount(start, end);
    }

    /** Threads counts characters, except that an emoji costs its UTF-8 byte length. */
    private static int threadsGrapheme(String text, int start, int end) {
        return Graphemes.isEmoji(text, start, end)
                ? text.substring(start, end).getBytes(StandardCharsets.UTF_8).length
                : text.codePointCount(start, end);
    }

    /** Links count 23; {@code @user@domain} counts as {@code @user}. */
    private static int mastodonEntity(Entity entity) {
        if (entity.kind() == EntityKind.URL) {
            return FEDIVERSE_URL_LENGTH;
        }
        int at = entity.value().indexOf('@');
        if (entity.kind() == EntityKind.MENTION && at > 0) {
            return 1 + entity.value().codePointCount(0, at);
        }
        return -1;
    }
}
