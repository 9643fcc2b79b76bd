package fr.ricochet.check;

import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.NetworkId;
import java.util.List;
import java.util.Map;

/**
 * What one tip concluded on a draft: its score on each network it applies to (null where it does not
 * apply to this draft) and all its findings.
 */
public record TipOutcome(TipSpec tip, Map<NetworkId, Double> scoreByNetwork, List<Finding> findings) {

    public TipOutcome {
        scoreByNetwork = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scoreByNetwork));
        findings = List.copyOf(findings);
    }
}
