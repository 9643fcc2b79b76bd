package fr.ricochet.report;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Suggestion;
import fr.ricochet.score.TipScore;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report as a person reads it in a terminal, in the draft's language. */
public final class TextReport {

    private static final int QUOTE_MAX = 60;

    private TextReport() {
    }

    public static String render(Report report, String text) {
        Locale locale = "en".equals(report.language().code()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle words = ResourceBundle.getBundle("i18n.cli", locale);
        StringBuilder out = new StringBuilder();
        out.append(words.getString("score")).append(" : ").append(report.score()).append("/100   ")
                .append(words.getString("language")).append(" : ")
                .append(words.getString("language." + report.language().code())).append(" (")
                .append(words.getString(report.language().detected() ? "detected" : "assumed")).append(")\n");
        out.append(words.getString("networks")).append(" :");
        for (NetworkView network : report.networks()) {
            out.append("  ").append(network.network()).append(' ').append(network.length()).append('/')
                    .append(network.limit()).append(' ').append(words.getString("characters"))
                    .append(network.withinLimit() ? "" : " (!)").append(" · ").append(network.score()).append("/100");
        }
        out.append("\n\n").append(words.getString("tips")).append('\n');
        for (TipScore tip : report.tips()) {
            String score = tip.score() == null ? words.getString("not.applicable")
                    : String.format(Locale.ROOT, "%.2f × %d", tip.score(), tip.weight());
            String mark = tip.score() == null ? "–" : tip.score() >= 0.999 ? "✔" : "✘";
            out.append(String.format(Locale.ROOT, "  %s %-16s %s%n", mark, tip.id(), score));
        }
        out.append('\n').append(words.getString("findings")).append('\n');
        if (report.findings().isEmpty()) {
            out.append("  ").append(words.getString("no.findings")).append('\n');
        }
        for (Finding finding : report.findings()) {
            out.append(String.format(Locale.ROOT, "  %-11s %s%s%n", words.getString("severity." + finding.severity().id()),
                    finding.rule(), finding.network() == null ? "" : " [" + finding.network() + "]"));
            out.append("              ").append(finding.message()).append('\n');
            if (finding.length() > 0) {
                out.append("              « ").append(quote(text, finding.offset(), finding.length())).append(" » (")
                        .append(finding.offset()).append('–').append(finding.offset() + finding.length()).append(")\n");
            }
            for (Suggestion suggestion : finding.suggestions()) {
                out.append("              → ").append(suggestion.text()).append('\n');
                thread(out, suggestion);
            }
        }
        if (report.rewrite() != null) {
            out.append('\n').append(words.getString("rewrite")).append(" :\n  ").append(report.rewrite()).append('\n');
        }
        if (report.suggestedTime() != null) {
            SuggestedTime time = report.suggestedTime();
            String when = time.at().format(DateTimeFormatter.ofPattern(
                    "en".equals(locale.getLanguage()) ? "EEEE d MMMM yyyy, h:mm a" : "EEEE d MMMM yyyy, HH'h'mm", locale));
            out.append('\n').append(words.getString("suggested.time")).append(" : ").append(when).append(" (")
                    .append(time.timeZone()).append(") · ").append(String.join(", ", time.networks())).append(" · ")
                    .append(words.getString("source")).append(" : ").append(String.join("; ", time.sources())).append('\n');
        }
        return out.toString();
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
}
