package fr.ricochet.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.check.Finding;
import fr.ricochet.score.ScoreCap;
import fr.ricochet.score.TipScore;
import java.util.List;

/**
 * Everything Ricochet answers about one draft; the same request always gives the same report.
 * The rewrite applies the safe fixes for the first network requested.
 *
 * @param cap what holds the score down whatever the rest (a refused post, a bought audience), or null
 * @param profile the calibration profile the advice was adjusted with; absent when the request named none
 */
public record Report(
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode id,
        int score,
        LanguageView language,
        KindView kind,
        List<TipScore> tips,
        ScoreCap cap,
        FactsView facts,
        List<NetworkView> networks,
        List<Finding> findings,
        SuggestedTime suggestedTime,
        String rewrite,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProfileView profile) {

    /** The same report with another rewrite (or none, when the rewrite did not prove better). */
    public Report withRewrite(String other) {
        return new Report(id, score, language, kind, tips, cap, facts, networks, findings, suggestedTime, other,
                profile);
    }
}
