package fr.ricochet.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ricochet.value.Basis;

/**
 * One tip's share of the score: from 0 to 1, or null when it did not apply to this draft; {@code points} of
 * the {@code max} it could earn, whole numbers that add up to the score before any cap; {@code basis} says whether
 * its weight, thresholds or windows come from the studies or from the account's own data.
 */
public record TipScore(String id, Double score, int weight,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer max,
        Basis basis) {

    public TipScore {
        basis = basis == null ? Basis.STUDY : basis;
    }

    public TipScore(String id, Double score, int weight) {
        this(id, score, weight, null, null, Basis.STUDY);
    }
}
