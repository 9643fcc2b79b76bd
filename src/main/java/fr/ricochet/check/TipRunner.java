package fr.ricochet.check;

import fr.ricochet.measure.Span;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Basis;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every compiled tip on a draft, once per requested network for the per-network ones. A tip that does
 * not apply to the draft's kind of post scores null; on a sober kind (a reply, a crisis notice, condolences)
 * a tip's engagement nudges stay quiet. The same finding on several networks becomes one finding naming them.
 */
public final class TipRunner {

    private final RuleBook rules;
    private final List<CompiledTip> tips;
    private final List<CompiledTip> gatesFirst;

    public TipRunner(RuleBook rules, List<CompiledTip> tips) {
        this.rules = rules;
        this.tips = List.copyOf(tips);
        // The gates run first, spelling and grammar last (it leaves out what the other tips already said).
        this.gatesFirst = this.tips.stream()
                .sorted(java.util.Comparator.comparing((CompiledTip tip) -> tip.spec().gates().isEmpty())
                        .thenComparing(TipRunner::readsOthers)).toList();
    }

    private static boolean readsOthers(CompiledTip tip) {
        return tip.check() instanceof LanguageCheck;
    }

    public List<TipOutcome> run(Draft draft) {
        // The gates run first: a draft one of them finds gaming its audience gets no nudge from the others, like a
        // sober kind.
        Map<CompiledTip, TipOutcome> byTip = new java.util.IdentityHashMap<>();
        boolean gated = false;
        AccountCalibration calibration = AccountCalibration.of(rules, draft.request().profile());
        for (CompiledTip tip : gatesFirst) {
            Draft seen = readsOthers(tip) ? draft.withFlagged(flagged(byTip.values())) : draft;
            TipOutcome outcome = run(tip, seen, gated, calibration);
            if (outcome != null) {
                byTip.put(tip, outcome);
                gated |= outcome.findings().stream().anyMatch(f -> tip.spec().gates().contains(f.code()));
            }
        }
        return tips.stream().map(byTip::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The words the tips run so far pointed at (a finding about the whole post points at none). */
    private static List<Span> flagged(java.util.Collection<TipOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.findings().stream()).filter(f -> f.length() > 0)
                .map(f -> new Span(f.offset(), f.length())).toList();
    }

    private TipOutcome run(CompiledTip tip, Draft draft, boolean gated, AccountCalibration calibration) {
        List<NetworkId> networks = draft.request().networks().stream().filter(tip.spec()::appliesTo).toList();
        if (networks.isEmpty()) {
            return null;
        }
        Map<NetworkId, Double> scores = new LinkedHashMap<>();
        if (!tip.spec().appliesToKind(draft.kind().id())) {
            networks.forEach(network -> scores.put(network, null));
            return new TipOutcome(tip.spec(), scores, List.of());
        }
        List<Finding> findings = new ArrayList<>();
        if (tip.perNetwork()) {
            for (NetworkId network : networks) {
                Verdict verdict = quiet(tip.spec(), draft, gated, tip.check().judge(draft, calibration.network(network)));
                scores.put(network, verdict.score());
                findings.addAll(verdict.findings());
            }
        } else {
            Verdict verdict = quiet(tip.spec(), draft, gated, tip.check().judge(draft, null));
            networks.forEach(network -> scores.put(network, verdict.score()));
            findings.addAll(verdict.findings());
        }
        List<Finding> merged = NetworkMerge.merge(findings, rules, draft.language());
        Optional<TipOutcome.AccountWeight> account = calibration.weight(tip.spec(), networks);
        if (account.isEmpty()) {
            return new TipOutcome(tip.spec(), scores, merged);
        }
        // A finding about the profile's network, or about the whole post, rests on the account's data.
        NetworkId own = account.get().network();
        return new TipOutcome(tip.spec(), scores, merged.stream()
                .map(f -> f.concerns(own) ? f.withBasis(Basis.ACCOUNT) : f).toList(), account.get());
    }

    /**
     * On a sober kind of post, or a draft a gate caps, drops the tip's nudges; on any kind, the messages the tip keeps quiet on it
     * ({@code quietOn}). A verdict left with nothing to say about the draft no longer counts: what it said does
     * not concern this kind of post, which must not be judged by it.
     */
    private static Verdict quiet(TipSpec tip, Draft draft, boolean gated, Verdict verdict) {
        boolean sober = (draft.kind().kind().sober() || gated) && !tip.nudges().isEmpty();
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
