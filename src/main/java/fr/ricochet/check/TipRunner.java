package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every compiled tip on a draft, once per requested network for the per-network ones. */
public final class TipRunner {

    private final RuleBook rules;
    private final List<CompiledTip> tips;

    public TipRunner(RuleBook rules, List<CompiledTip> tips) {
        this.rules = rules;
        this.tips = List.copyOf(tips);
    }

    public List<TipOutcome> run(Draft draft) {
        List<TipOutcome> outcomes = new ArrayList<>();
        for (CompiledTip tip : tips) {
            List<String> networks = draft.request().networks().stream().filter(tip.spec()::appliesTo).toList();
            if (networks.isEmpty()) {
                continue;
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            List<Finding> findings = new ArrayList<>();
            if (tip.perNetwork()) {
                for (String network : networks) {
                    Verdict verdict = tip.check().judge(draft, rules.network(network));
                    scores.put(network, verdict.score());
                    findings.addAll(verdict.findings());
                }
            } else {
                Verdict verdict = tip.check().judge(draft, null);
                networks.forEach(network -> scores.put(network, verdict.score()));
                findings.addAll(verdict.findings());
            }
            outcomes.add(new TipOutcome(tip.spec(), scores, findings));
        }
        return outcomes;
    }
}
