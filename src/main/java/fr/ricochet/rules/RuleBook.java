package fr.ricochet.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every tip and network profile read from one rules directory, in a stable order. */
public record RuleBook(Path directory, List<TipSpec> tips, Map<String, NetworkProfile> networks) {

    public Set<String> networkIds() {
        return networks.keySet();
    }

    public NetworkProfile network(String id) {
        return networks.get(id);
    }
}
