package fr.ricochet.check;

import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every compiled tip on a draft, once per requested network for the per-network ones. A tip that does
 * not apply to the draft's kind of post scores null; on a sober kind (a reply, a crisis notice, condolences)
 * a tip's engagement nudges stay quiet. The same finding on several networks becomes one finding naming them.
 */
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
            if (!tip.spec().appliesToKind(draft.kind().id())) {
                networks.forEach(network -> scores.put(network, null));
                outcomes.add(new TipOutcome(tip.spec(), scores, List.of()));
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            if (tip.perNetwork()) {
                for (String network : networks) {
                    Verdict verdict = quiet(tip.spec(), draft, tip.check().judge(draft, rules.network(network)));
                    scores.put(network, verdict.score());
                    findings.addAll(verdict.findings());
                }
            } else {
                Verdict verdict = quiet(tip.spec(), draft, tip.check().judge(draft, null));
                networks.forEach(network -> scores.put(network, verdict.score()));
                findings.addAll(verdict.findings());
            }
            outcomes.add(new TipOutcome(tip.spec(), scores, NetworkMerge.merge(findings, rules, draft.language())));
        }
        return outcomes;
    }

    /**
     * On a sober kind of post, drops the tip's nudges; on any kind, the messages the tip keeps quiet on it
     * ({@code quietOn}). A verdict left with nothing to say about the draft no longer counts: what it said does
     * not concern this kind of post, which must not be judged by it.
     */
    private static Verdict quiet(TipSpec tip, Draft draft, Verdict verdict) {
        boolean sober = draft.kind().kind().sober() && !tip.nudges().isEmpty();
        String kind = draft.kind().kind().id();
        if (!sober && tip.quietOn().isEmpty()) {
            return verdict;
        }
        List<Finding> kept = verdict.findings().stream()
                .filter(f -> !(sober && tip.nudges().contains(f.code())))
                .filter(f -> !tip.quietOn().getOrDefault(f.code(), List.of()).contains(kind)).toList();
        if (kept.size() == verdict.findings().size()) {
            return verdict;
        }
        return new Verdict(kept.stream().anyMatch(f -> f.severity() != Severity.INFO) ? verdict.score() : null, kept);
    }
}
