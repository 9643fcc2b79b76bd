package fr.ricochet.report;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Suggestion;
import fr.ricochet.score.TipScore;
import fr.ricochet.value.Basis;
import fr.ricochet.value.Language;
import fr.ricochet.value.NetworkId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report as a person reads it in a terminal, in the draft's language. */
public final class TextReport {

    private static final int QUOTE_MAX = 60;

    private TextReport() {
    }

    public static String render(Report report, String text) {
        Locale locale = report.language().code() == Language.EN ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle words = ResourceBundle.getBundle("i18n.cli", locale);
        // French puts a no-break space before a colon, English none.
        String colon = "en".equals(locale.getLanguage()) ? ": " : "\u00A0: ";
        StringBuilder out = new StringBuilder();
        out.append(words.getString("score")).append(colon).append(report.score()).append("/100   ")
                .append(words.getString("language")).append(colon)
                .append(words.getString("language." + report.language().code().code())).append(" (")
                .append(words.getString(report.language().detected() ? "detected" : "assumed")).append(")   ")
                .append(words.getString("kind")).append(colon).append(report.kind().name()).append(" (")
                .append(words.getString(report.kind().detected() ? "kind.detected" : "kind.assumed")).append(")\n");
        if (report.profile() != null) {
            ProfileView profile = report.profile();
            out.append(String.format(locale, words.getString("calibrated"), profile.account() == null
                    ? profile.network().value() : profile.account(), profile.posts())).append('\n');
        }
        if (report.cap() != null) {
            out.append(String.format(locale, words.getString(report.cap().refused() ? "refused" : "capped"),
                    report.cap().max()))
                    .append('\n');
        }
        out.append(words.getString("networks")).append(colon.stripTrailing());
        for (NetworkView network : report.networks()) {
            out.append("  ").append(network.network()).append(' ').append(network.length()).append('/')
                    .append(network.limit()).append(' ').append(words.getString("characters"))
                    .append(network.withinLimit() ? "" : " (!)").append(" · ").append(network.score()).append("/100");
        }
        out.append("\n\n").append(words.getString("tips")).append('\n');
        for (TipScore tip : report.tips()) {
            String score = tip.score() == null || tip.points() == null ? words.getString("not.applicable")
                    : tip.points() + "/" + tip.max();
            String mark = tip.score() == null ? "–" : tip.score() >= 0.999 ? "✔" : "✘";
            out.append(String.format(Locale.ROOT, "  %s %-16s %s%s%n", mark, tip.id(), score, fromAccount(tip.basis(),
                    words)));
        }
        out.append('\n').append(words.getString("findings")).append('\n');
        if (report.findings().isEmpty()) {
            out.append("  ").append(words.getString("no.findings")).append('\n');
        }
        String open = "en".equals(locale.getLanguage()) ? "\u201C" : "«\u00A0";
        String close = "en".equals(locale.getLanguage()) ? "\u201D" : "\u00A0»";
        for (Finding finding : report.findings()) {
            String cost = finding.points() > 0 ? String.format(locale, " (−%s)", points(finding.points(), locale)) : "";
            out.append(String.format(Locale.ROOT, "  %-11s %s%s%s%n", words.getString("severity." + finding.severity().id()),
                    finding.rule(), finding.networks().isEmpty() ? "" : " [" + ids(finding.networks()) + "]",
                    cost + fromAccount(finding.basis(), words)));
            out.append("              ").append(finding.message()).append('\n');
            if (finding.length() > 0) {
                out.append("              ").append(open).append(quote(text, finding.offset(), finding.length()))
                        .append(close).append(" (")
                        .append(finding.offset()).append('–').append(finding.offset() + finding.length()).append(")\n");
            }
            for (Suggestion suggestion : finding.suggestions()) {
                out.append("              → ").append(suggestion.text()).append('\n');
                thread(out, suggestion);
            }
        }
        if (report.rewrite() != null) {
            out.append('\n').append(words.getString("rewrite")).append(colon.stripTrailing()).append("\n  ").append(report.rewrite()).append('\n');
        }
        if (report.suggestedTime() != null) {
            SuggestedTime time = report.suggestedTime();
            String when = fr.ricochet.check.Dates.write(time.at().atZoneSameInstant(java.time.ZoneId.of(time.timeZone())),
                    report.language().code(), true, true);
            out.append('\n').append(words.getString("suggested.time")).append(colon).append(when).append(" (")
                    .append(time.timeZone()).append(") · ").append(ids(time.networks())).append(" · ")
                    .append(words.getString("source")).append(colon).append(String.join("; ", time.sources())).append('\n');
        }
        return out.toString();
    }

    /** The short mark of what rests on the account's own data; nothing for the studies, the usual case. */
    private static String fromAccount(Basis basis, ResourceBundle words) {
        return basis == Basis.ACCOUNT ? " · " + words.getString("from.account") : "";
    }

    private static String points(double points, Locale locale) {
        return java.text.NumberFormat.getNumberInstance(locale).format(points) + " pt";
    }

    /** Each post of a suggested thread in full (it carries its own number), a blank line apart, to copy one by one. */
    private static void thread(StringBuilder out, Suggestion suggestion) {
        if (suggestion.thread() == null) {
            return;
        }
        for (String post : suggestion.thread()) {
            out.append('\n');
            post.lines().forEach(line -> out.append("                ").append(line).append('\n'));
        }
        out.append('\n');
    }

    private static String quote(String text, int offset, int length) {
        String span = text.substring(offset, Math.min(text.length(), offset + length)).replace('\n', ' ');
        return span.length() <= QUOTE_MAX ? span : span.substring(0, QUOTE_MAX - 1) + "…";
    }

    private static String ids(List<NetworkId> networks) {
        return String.join(", ", networks.stream().map(NetworkId::value).toList());
    }
}
