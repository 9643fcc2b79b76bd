package fr.ricochet.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.check.Finding;
import fr.ricochet.score.TipScore;
import java.util.List;

/**
 * Everything Ricochet answers about one draft; the same request always gives the same report.
 * The rewrite applies the safe fixes for the first network requested.
 */
public record Report(
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode id,
        int score,
        LanguageView language,
        List<TipScore> tips,
        FactsView facts,
        List<NetworkView> networks,
        List<Finding> findings,
        SuggestedTime suggestedTime,
        String rewrite) {
}
