package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The ways of reading entities a network profile may name in its {@code entities} field. */
final class EntityReaders {

    private static final Map<String, EntityReader> METHODS = Map.of(
            "twitter-text", (text, found) -> NetworkEntities.of(found.twitterText()),
            "neutral", (text, found) -> NetworkEntities.of(found.neutral()),
            "mastodon", new MastodonEntities(),
            "bluesky", new BlueskyEntities());

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
        EntityReader reader = METHODS.get(network.entities());
        if (reader == null) {
            throw new IllegalArgumentException("unknown entities method '" + network.entities() + "'");
        }
        return reader;
    }
}
