package fr.ricochet.report;

import fr.ricochet.check.DraftKind;
import fr.ricochet.check.Finding;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.NetworkLength;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.score.Scorecard;
import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.util.List;

/** Puts the measured facts, the findings and the scorecard together into the report clients read. */
public final class ReportBuilder {

    private final RuleBook rules;

    public ReportBuilder(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * One rewrite cannot suit every network at once (LinkedIn wants no hashtag, Instagram wants several):
     * it follows the first network requested, plus the fixes that hold everywhere.
     */
    private static List<Finding> forFirstNetwork(List<Finding> findings, NetworkId first) {
        return findings.stream().filter(f -> f.concerns(first)).toList();
    }

    public Report build(AnalysisRequest request, Facts facts, DraftKind kind, Scorecard card, Instant now) {
        List<Finding> findings = card.findings();
        List<NetworkView> networks = request.networks().stream().map(id -> {
            NetworkLength length = facts.length(id);
            return new NetworkView(id, length.length(), length.limit(), length.fits(), card.byNetwork().get(id),
                    NetworkEntitiesView.of(facts.on(id)));
        }).toList();
        FactsView factsView = new FactsView(
                facts.hashtags().stream().map(EntityView::of).toList(),
                facts.mentions().stream().map(EntityView::of).toList(),
                facts.urls().stream().map(EntityView::of).toList(),
                facts.cashtags().stream().map(EntityView::of).toList(),
                facts.emojis().size(), facts.words(), facts.sentences().size(),
                facts.grammar().status().id());
        SuggestedTime time = kind.kind().publishNow() ? null : TimeAdvice.suggest(request, facts, rules, now);
        return new Report(request.id(), card.total(), new LanguageView(facts.language(), facts.languageDetected(),
                facts.languageConfidence()),
                new KindView(kind.id(), kind.detected(), kind.kind().name().in(facts.language())), card.tips(), card.cap(), factsView, networks, findings, time,
                Rewriter.rewrite(facts.text(), forFirstNetwork(findings, request.networks().get(0))),
                ProfileView.of(request.profile()));
    }
}
