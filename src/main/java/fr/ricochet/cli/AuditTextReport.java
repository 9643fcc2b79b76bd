package fr.ricochet.cli;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.EffectLabels;
import fr.ricochet.audit.FrequentFinding;
import fr.ricochet.audit.Handles;
import fr.ricochet.audit.Signal;
import fr.ricochet.rules.profile.ProfileWindow;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** An account's audit as a person reads it in a terminal, in the audit's language. */
final class AuditTextReport {

    private AuditTextReport() {
    }

    static String render(AuditReport report) {
        Locale locale = "en".equals(report.account().language()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle words = ResourceBundle.getBundle("i18n.cli", locale);
        String colon = locale == Locale.ENGLISH ? ": " : "\u00A0: ";
        StringBuilder out = new StringBuilder();
        out.append(words.getString("audit.account")).append(colon)
                .append(java.util.Objects.requireNonNullElse(Handles.shown(report.account().handle()), "?"))
                .append(" (").append(report.account().format()).append(", ").append(report.account().timeZone())
                .append(")\n");
        var posts = report.posts();
        out.append(String.format(locale, words.getString("audit.posts"), posts.total(), posts.original(),
                posts.replies(), posts.reposts(), posts.analysed())).append("\n\n");
        out.append(words.getString("audit.verdict")).append(colon)
                .append(words.getString("audit.verdict." + report.verdict().value().id())).append('\n');
        report.verdict().reasons().forEach(reason -> out.append("  - ").append(reason).append('\n'));
        out.append('\n').append(words.getString("audit.signals")).append('\n');
        for (Signal signal : report.signals()) {
            String value = signal.value() == null ? words.getString("audit.unknown") : number(locale, signal.value());
            out.append(String.format(locale, "  %-8s %-18s %s (%s %s)%n",
                    signal.flagged() ? words.getString("audit.flagged") : words.getString("audit.not.flagged"),
                    signal.id(), value, words.getString("audit.threshold"), number(locale, signal.threshold())));
            out.append("           ").append(signal.message()).append('\n');
        }
        out.append('\n').append(String.format(locale, words.getString("audit.scores"),
                number(locale, report.scores().mean()), number(locale, report.scores().median()))).append('\n');
        if (!report.findings().isEmpty()) {
            out.append('\n').append(words.getString("audit.findings")).append('\n');
            for (FrequentFinding finding : report.findings()) {
                out.append(String.format(locale, "  %5d  %4.0f %%  %s (%s/%s)%n", finding.posts(),
                        finding.share() * 100, finding.title(), finding.rule(), finding.code()));
            }
        }
        var calibration = report.calibration();
        out.append('\n').append(words.getString("audit.calibration")).append(colon.stripTrailing()).append(' ')
                .append(calibration.message()).append('\n');
        for (Effect effect : calibration.effects()) {
            out.append("  ").append(String.format(locale, words.getString("audit.effect"),
                    EffectLabels.of(effect.feature(), effect.group(), report.account().language()),
                    number(locale, effect.ratio()), number(locale, effect.low()),
                    number(locale, effect.high()), effect.n(), effect.nOthers()));
            if (effect.study() != null) {
                out.append("   ").append(words.getString("audit.study")).append(colon).append(effect.study().finding())
                        .append(" (").append(effect.study().source()).append(')');
            }
            out.append('\n');
        }
        if (calibration.bestHours() != null) {
            out.append('\n').append(words.getString("audit.best.hours")).append(colon)
                    .append(calibration.bestHours().message()).append('\n');
            for (ProfileWindow window : calibration.bestHours().windows()) {
                out.append(String.format(locale, "  %s %02d–%02d  ×%s (%d)%n",
                        window.day().getDisplayName(TextStyle.FULL, locale), window.from(), window.to(),
                        number(locale, window.ratio()), window.n()));
            }
        }
        if (!report.account().skipped().isEmpty()) {
            out.append('\n').append(words.getString("audit.skipped")).append('\n');
            report.account().skipped().forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String number(Locale locale, double value) {
        return String.format(locale, value == Math.rint(value) ? "%.0f" : "%.2f", value);
    }
}
