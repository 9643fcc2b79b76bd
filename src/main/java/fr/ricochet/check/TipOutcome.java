package fr.ricochet.check;

import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Basis;
import fr.ricochet.value.NetworkId;
import java.util.List;
import java.util.Map;

/**
 * What one tip concluded on a draft: its score on each network it applies to (null where it does not
 * apply to this draft) and all its findings.
 *
 * @param account where the tip rests on the account's own data (a calibration profile), and what it weighs there;
 *                null when it rests on the studies alone
 */
public record TipOutcome(TipSpec tip, Map<NetworkId, Double> scoreByNetwork, List<Finding> findings,
        AccountWeight account) {

    /**
     * The tip calibrated on the profile's network: its weight there, the studies' weight scaled by the account's
     * effect (or the same weight when only its thresholds or windows are the account's).
     */
    public record AccountWeight(NetworkId network, int weight) {
    }

    public TipOutcome {
        scoreByNetwork = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scoreByNetwork));
        findings = List.copyOf(findings);
    }

    public TipOutcome(TipSpec tip, Map<NetworkId, Double> scoreByNetwork, List<Finding> findings) {
        this(tip, scoreByNetwork, findings, null);
    }

    /** The weight in the draft's total: the account's when the tip is calibrated on one of the draft's networks. */
    public int weight() {
        return account == null ? tip.weight() : account.weight();
    }

    /** The weight in one network's score: the account's on the profile's network only. */
    public int weightOn(NetworkId network) {
        return account != null && account.network().equals(network) ? account.weight() : tip.weight();
    }

    public Basis basis() {
        return account == null ? Basis.STUDY : Basis.ACCOUNT;
    }
}
