package fr.ricochet.report;

import fr.ricochet.check.Finding;
import fr.ricochet.check.TipOutcome;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.NetworkLength;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.score.Scorecard;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Puts the measured facts, the findings and the scorecard together into the report clients read. */
public final class ReportBuilder {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(Finding::offset)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.network() == null ? "" : f.network());

    private final RuleBook rules;

    public ReportBuilder(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * One rewrite cannot suit every network at once (LinkedIn wants no hashtag, Instagram wants several):
     * it follows the first network requested, plus the fixes that hold everywhere.
     */
    private static List<Finding> forFirstNetwork(List<Finding> findings, String first) {
        return findings.stream().filter(f -> f.network() == null || f.network().equals(first)).toList();
    }

    public Report build(AnalysisRequest request, Facts facts, List<TipOutcome> outcomes, Scorecard card,
            Instant now) {
        List<Finding> findings = outcomes.stream().flatMap(o -> o.findings().stream()).sorted(ORDER).toList();
        List<NetworkView> networks = request.networks().stream().map(id -> {
            NetworkLength length = facts.length(id);
            return new NetworkView(id, length.length(), length.limit(), length.withinLimit(), card.byNetwork().get(id));
        }).toList();
        FactsView factsView = new FactsView(
                facts.hashtags().stream().map(EntityView::of).toList(),
                facts.mentions().stream().map(EntityView::of).toList(),
                facts.urls().stream().map(EntityView::of).toList(),
                facts.cashtags().stream().map(EntityView::of).toList(),
                facts.emojis().size(), facts.words(), facts.sentences().size());
        return new Report(request.id(), card.total(), new LanguageView(facts.language(), facts.languageDetected()),
                card.tips(), factsView, networks, findings, TimeAdvice.suggest(request, facts, rules, now),
                Rewriter.rewrite(facts.text(), forFirstNetwork(findings, request.networks().get(0))));
    }
}
