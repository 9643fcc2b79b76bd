package fr.ricochet.audit.eval;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.Signal;
import java.util.List;
import java.util.Optional;

/** One archetype's audit beside its expectations. */
record AccountRun(AccountSpec spec, AuditReport report) {

    /** The signal ids of the audit's contract, in the order the issue lists them. */
    static final List<String> SIGNALS = List.of("monotony", "near-duplicates", "regular-intervals",
            "automation-source", "link-only", "hashtag-stuffing", "night-posting", "replies", "mention-diversity",
            "follow-back");

    /** What the community manager said of one signal. */
    enum Expected {
        FLAGGED("flagged"), NOT_FLAGGED("not flagged"), UNDECIDED("either"), NONE("-");

        final String label;

        Expected(String label) {
            this.label = label;
        }
    }

    static Expected expected(AccountSpec.Expectations expect, String id) {
        if (expect.flagged().containsKey(id)) {
            return Expected.FLAGGED;
        }
        if (expect.notFlagged().containsKey(id)) {
            return Expected.NOT_FLAGGED;
        }
        return expect.undecided().containsKey(id) ? Expected.UNDECIDED : Expected.NONE;
    }

    Expected expected(String id) {
        return expected(spec.expect(), id);
    }

    String verdict() {
        return report.verdict().value().id();
    }

    boolean verdictRight() {
        return spec.expect().verdict().equals(verdict());
    }

    Optional<Signal> signal(String id) {
        return report.signals().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A signal the audit did not return counts as not flagged: nothing was said. */
    boolean flagged(String id) {
        return signal(id).map(Signal::flagged).orElse(false);
    }

    /** Whether a planted effect came out with an interval on the planted side of 1, in any of its groups. */
    boolean found(String feature) {
        double planted = spec.engagement().effects().get(feature);
        return effects(feature).stream().anyMatch(e -> planted > 1 ? e.low() > 1 : e.high() < 1);
    }

    /** The groups of a feature whose interval excludes 1. */
    List<Effect> excludingOne(String feature) {
        return effects(feature).stream().filter(e -> e.low() > 1 || e.high() < 1).toList();
    }

    private List<Effect> effects(String feature) {
        return report.calibration().effects().stream().filter(e -> e.feature().equals(feature)).toList();
    }
}
