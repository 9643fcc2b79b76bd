package fr.ricochet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The overall reading of the signals by the rule of {@code rules/audit.yaml}: a robot shows both how it posts (an
 * automation app, a timer) and what it posts (one template); one strong signal or enough weak ones read as partly
 * automated; anything less as a person. The reasons say what the data shows, never who is behind it.
 */
public final class Verdicts {

    private final AuditRules.VerdictRule rule;

    public Verdicts(AuditRules rules) {
        this.rule = rules.verdict();
    }

    public Verdict judge(List<Signal> signals, String language) {
        Set<String> flagged = signals.stream().filter(s -> s.flagged() && s.weight() != Signal.Weight.ASIDE)
                .map(Signal::id).collect(Collectors.toSet());
        Set<String> strongByFigure = signals.stream().filter(s -> s.flagged() && s.weight() == Signal.Weight.STRONG)
                .map(Signal::id).collect(Collectors.toSet());
        List<String> how = rule.robotHow().stream().filter(flagged::contains).toList();
        List<String> what = rule.robotWhat().stream().filter(flagged::contains).toList();
        List<String> strong = new ArrayList<>(rule.strong().stream().filter(flagged::contains).toList());
        RobotSignals.IDS.stream().filter(id -> strongByFigure.contains(id) && !strong.contains(id)).forEach(strong::add);
        // A template from an account that talks with people, with no app or timer behind it, is a person's
        // recurring format (a weekly series, match reports): it weighs as a weak signal, not a strong one.
        boolean converses = signals.stream().anyMatch(s -> s.id().equals("replies") && s.value() != null && !s.flagged());
        List<String> weak = new ArrayList<>(rule.weak().stream().filter(id -> flagged.contains(id) && !strong.contains(id))
                .toList());
        if (converses && how.isEmpty()) {
            List<String> template = strong.stream().filter(rule.robotWhat()::contains).toList();
            strong.removeAll(template);
            weak.addAll(0, template);
        }
        List<String> reasons = new ArrayList<>();
        VerdictValue value;
        boolean silent = !rule.robotSilent().isEmpty() && flagged.containsAll(rule.robotSilent());
        if (!how.isEmpty() && !what.isEmpty()) {
            value = VerdictValue.ROBOT;
            reasons.add(AuditMessages.get(language, "verdict.robot", "how", names(how, language),
                    "what", names(what, language)));
        } else if (silent) {
            value = VerdictValue.ROBOT;
            reasons.add(AuditMessages.get(language, "verdict.robot.silent", "names",
                    names(rule.robotSilent(), language)));
        } else if (!strong.isEmpty() || weak.size() >= rule.weakNeeded()) {
            value = VerdictValue.PARTLY_AUTOMATED;
            reasons.add(strong.isEmpty()
                    ? AuditMessages.get(language, "verdict.partly.weak", "count", weak.size(), "names", names(weak, language))
                    : AuditMessages.get(language, "verdict.partly.strong", "count", strong.size(),
                            "names", names(strong, language)));
        } else {
            value = VerdictValue.HUMAN;
            boolean measured = signals.stream().anyMatch(s -> s.value() != null);
            List<String> aside = signals.stream().filter(s -> s.flagged() && s.weight() == Signal.Weight.ASIDE)
                    .map(Signal::id).toList();
            reasons.add(!measured ? AuditMessages.get(language, "verdict.unmeasured")
                    : weak.isEmpty() && !aside.isEmpty()
                    ? AuditMessages.get(language, "verdict.human.aside", "names", names(aside, language))
                    : weak.isEmpty() ? AuditMessages.get(language, "verdict.human")
                    : AuditMessages.get(language, "verdict.human.weak", "count", weak.size(), "names", names(weak, language)));
        }
        signals.stream().filter(Signal::flagged).map(Signal::message).forEach(reasons::add);
        return new Verdict(value, reasons);
    }

    private static String names(List<String> ids, String language) {
        return AuditMessages.list(language, ids.stream().map(id -> SignalContext.name(language, id)).toList());
    }
}
