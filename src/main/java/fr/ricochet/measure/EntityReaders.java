package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.TopLevelDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The ways of reading entities a network profile may name in its {@code entities} field. */
final class EntityReaders {

    private static final EntityReader TWITTER_TEXT = (text, found) -> {
        NetworkEntities read = NetworkEntities.of(found.twitterText());
        return new NetworkEntities(read.hashtags(), read.mentions(), read.urls(), found.hiddenLinks());
    };
    private static final EntityReader NEUTRAL = (text, found) -> NetworkEntities.of(found.neutral());
    private static final EntityReader MASTODON = new MastodonEntities();
    private static final Map<TopLevelDomains, EntityReader> BLUESKY = new ConcurrentHashMap<>();
    /** A reader per method and list of top-level domains, built once (the list is a set of some 1,500 names). */
    private static final Map<String, Function<NetworkProfile, EntityReader>> METHODS = Map.of(
            "twitter-text", network -> TWITTER_TEXT,
            "neutral", network -> NEUTRAL,
            "mastodon", network -> MASTODON,
            "bluesky", network -> BLUESKY.computeIfAbsent(network.topLevelDomains(), BlueskyEntities::new));

    private EntityReaders() {
    }

    /** Problems naming every profile whose {@code entities} method is unknown. */
    static List<RulesException.Problem> check(RuleBook rules) {
        List<RulesException.Problem> problems = new ArrayList<>();
        for (NetworkProfile network : rules.networks().values()) {
            if (!METHODS.containsKey(network.entities())) {
                problems.add(new RulesException.Problem(network.source(), "entities", "unknown method '"
                        + network.entities() + "' (known: " + String.join(", ", new TreeSet<>(METHODS.keySet())) + ")"));
            }
        }
        return problems;
    }

    /** The reader a profile names; its method was checked when the rules were loaded ({@link #check}). */
    static EntityReader of(NetworkProfile network) {
        Function<NetworkProfile, EntityReader> reader = METHODS.get(network.entities());
        if (reader == null) {
            throw new IllegalArgumentException("unknown entities method '" + network.entities() + "'");
        }
        return reader.apply(network);
    }
}
