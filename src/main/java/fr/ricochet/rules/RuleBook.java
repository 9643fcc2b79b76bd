package fr.ricochet.rules;

import fr.ricochet.value.NetworkId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every tip, network profile and kind of post read from one rules directory, in a stable order, and how time
 * references in drafts are read.
 */
public record RuleBook(Path directory, List<TipSpec> tips, Map<NetworkId, NetworkProfile> networks, PostKinds kinds,
        TimeRules time) {

    /** The ids in the networks' {@code order}: the order of every list of networks shown or answered. */
    public Set<NetworkId> networkIds() {
        return networks.keySet();
    }

    public NetworkProfile network(NetworkId id) {
        return networks.get(id);
    }

    /** The tip's title in the language, or its id when the rules hold no such tip. */
    public String tipTitle(String id, String language) {
        return tips.stream().filter(tip -> tip.id().equals(id)).findFirst().map(tip -> tip.title().in(language))
                .orElse(id);
    }
}
