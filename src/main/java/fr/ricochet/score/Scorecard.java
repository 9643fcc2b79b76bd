package fr.ricochet.score;

import fr.ricochet.check.Finding;
import fr.ricochet.value.NetworkId;
import java.util.List;
import java.util.Map;

/**
 * The score out of 100, the per-tip breakdown behind it, the score on each requested network, the cap that
 * holds the score down (or null), and every finding with the points it costs, the costliest first.
 */
public record Scorecard(int total, List<TipScore> tips, Map<NetworkId, Integer> byNetwork, ScoreCap cap,
        List<Finding> findings) {
}
