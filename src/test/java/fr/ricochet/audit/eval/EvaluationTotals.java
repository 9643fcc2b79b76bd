package fr.ricochet.audit.eval;

import java.util.List;
import java.util.Locale;

/**
 * The corpus's figures: signal precision and recall over the firm expectations, verdict accuracy, planted effects
 * found and false effects (an interval excluding 1 on a feature where nothing was planted and the expectation says
 * so).
 */
record EvaluationTotals(int accounts, int verdictsRight, int truePositives, int falsePositives, int expectedFlagged,
        int effectsPlanted, int effectsFound, int noEffectFeatures, int falseEffects) {

    static EvaluationTotals of(List<AccountRun> runs) {
        int verdicts = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int expectedFlagged = 0;
        int planted = 0;
        int found = 0;
        int noEffect = 0;
        int falseEffects = 0;
        for (AccountRun run : runs) {
            verdicts += run.verdictRight() ? 1 : 0;
            for (String id : AccountRun.SIGNALS) {
                AccountRun.Expected expected = run.expected(id);
                boolean flagged = run.flagged(id);
                expectedFlagged += expected == AccountRun.Expected.FLAGGED ? 1 : 0;
                truePositives += expected == AccountRun.Expected.FLAGGED && flagged ? 1 : 0;
                falsePositives += expected == AccountRun.Expected.NOT_FLAGGED && flagged ? 1 : 0;
            }
            for (String feature : run.spec().expect().effects().keySet()) {
                planted++;
                found += run.found(feature) ? 1 : 0;
            }
            for (String feature : run.spec().expect().noEffect().keySet()) {
                noEffect++;
                falseEffects += run.excludingOne(feature).isEmpty() ? 0 : 1;
            }
        }
        return new EvaluationTotals(runs.size(), verdicts, truePositives, falsePositives, expectedFlagged, planted,
                found, noEffect, falseEffects);
    }

    String render() {
        StringBuilder out = new StringBuilder("\ntotals\n");
        int flagged = truePositives + falsePositives;
        out.append(String.format(Locale.ROOT, "  accounts: %d%n", accounts));
        out.append(flagged == 0 ? "  signal precision: n/a (nothing flagged where a firm expectation stands)\n"
                : String.format(Locale.ROOT, "  signal precision: %.1f %% (%d/%d)%n", 100.0 * truePositives / flagged,
                        truePositives, flagged));
        out.append(String.format(Locale.ROOT, "  signal recall: %.1f %% (%d/%d)%n",
                expectedFlagged == 0 ? 0 : 100.0 * truePositives / expectedFlagged, truePositives, expectedFlagged));
        out.append(String.format(Locale.ROOT, "  verdict accuracy: %.1f %% (%d/%d)%n",
                accounts == 0 ? 0 : 100.0 * verdictsRight / accounts, verdictsRight, accounts));
        out.append(String.format(Locale.ROOT, "  effects found: %d/%d planted%n", effectsFound, effectsPlanted));
        out.append(String.format(Locale.ROOT, "  false effects: %d of %d features where none was planted%n",
                falseEffects, noEffectFeatures));
        return out.toString();
    }
}
