package fr.ricochet.audit.eval;

import fr.ricochet.TestEngine;
import fr.ricochet.audit.AuditOptions;
import fr.ricochet.audit.Auditor;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.Signal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Audits every archetype of {@code src/test/resources/eval/accounts} and prints, account by account, the verdict
 * and each signal as expected and as found, then signal precision and recall, verdict accuracy and the planted
 * effects found: {@code bash src/test/eval/audit-evaluate.sh [--details]}. The figures are measured, not asserted;
 * the expectations were written before any audit ran and are never tuned to its output.
 */
public final class AuditEvaluation {

    /** The share of the machine the audits take: the two cores this runs on. */
    private static final int THREADS = 2;

    private AuditEvaluation() {
    }

    public static void main(String[] args) {
        boolean details = List.of(args).contains("--details");
        Auditor auditor = Auditor.create(TestEngine.ADVISOR);
        List<AccountRun> runs = new ArrayList<>();
        for (AccountSpec spec : AccountSpecs.load()) {
            AuditOptions options = new AuditOptions(ZoneId.of(spec.timeZone()), "en", THREADS);
            AccountRun run = new AccountRun(spec, auditor.audit(AccountSpecs.generate(spec), options));
            runs.add(run);
            System.out.print(account(run, details));
        }
        System.out.print(EvaluationTotals.of(runs).render());
    }

    static String account(AccountRun run, boolean details) {
        StringBuilder out = new StringBuilder();
        AccountSpec spec = run.spec();
        out.append(String.format(Locale.ROOT, "%n%s (%s, %d posts, zone %s)%n", spec.id(), spec.network(),
                run.report().posts().total(), spec.timeZone()));
        out.append(String.format(Locale.ROOT, "  verdict            expected %-16s got %-16s %s%n",
                spec.expect().verdict(), run.verdict(), run.verdictRight() ? "ok" : "WRONG"));
        for (String id : AccountRun.SIGNALS) {
            AccountRun.Expected expected = run.expected(id);
            boolean flagged = run.flagged(id);
            String got = run.signal(id).isEmpty() ? "absent" : flagged ? "flagged" : "not flagged";
            out.append(String.format(Locale.ROOT, "  %-18s expected %-16s got %-16s %s%n", id, expected.label, got,
                    mark(expected, flagged)));
            if (details) {
                run.signal(id).ifPresent(signal -> out.append(detail(signal)));
            }
        }
        spec.expect().effects().keySet().forEach(feature -> out.append(String.format(Locale.ROOT,
                "  effect %-11s planted x%.2f, %s%n", feature, spec.engagement().effects().get(feature),
                run.found(feature) ? "found" : "NOT FOUND")));
        spec.expect().noEffect().keySet().forEach(feature -> out.append(String.format(Locale.ROOT,
                "  no effect %-8s %s%n", feature, run.excludingOne(feature).isEmpty() ? "ok"
                        : "FALSE EFFECT " + run.excludingOne(feature).stream().map(Effect::group).toList())));
        if (details) {
            run.report().calibration().effects().forEach(e -> out.append(String.format(Locale.ROOT,
                    "    effect %s/%s ratio %.2f [%.2f, %.2f] n=%d others=%d%n", e.feature(), e.group(), e.ratio(),
                    e.low(), e.high(), e.n(), e.nOthers())));
            run.report().verdict().reasons().forEach(reason -> out.append("    reason: ").append(reason).append('\n'));
        }
        return out.toString();
    }

    private static String mark(AccountRun.Expected expected, boolean flagged) {
        switch (expected) {
            case FLAGGED:
                return flagged ? "ok" : "MISSED";
            case NOT_FLAGGED:
                return flagged ? "FALSE FLAG" : "ok";
            default:
                return "";
        }
    }

    private static String detail(Signal signal) {
        return String.format(Locale.ROOT, "    value %s, threshold %s: %s%n",
                signal.value() == null ? "none" : String.format(Locale.ROOT, "%.3f", signal.value()),
                String.format(Locale.ROOT, "%.3f", signal.threshold()), signal.message());
    }
}
