package fr.ricochet.server.web;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.Report;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.score.TipScore;
import fr.ricochet.value.Audience;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A report as the editor page shows it without JavaScript; editor.js draws the same from the JSON. */
record ResultView(int score, String scoreBand, String verdict, double dash, String languageCode, boolean languageDetected,
        String kindName, boolean kindDetected,
        List<TipRow> tips, List<FindingView> findings, List<Highlights.Piece> pieces, String rewrite,
        List<Previews.Card> previews, HeatMap heat, String suggestedText, int capMax, int capPoints) {

    static final double CIRCUMFERENCE = 2 * Math.PI * 52;

    record TipRow(String title, boolean applies, long earned, long max, int percent) {
    }

    /** @param thread the posts of a suggested thread, or null */
    record SuggestionView(String text, String apply, List<String> thread) {
    }

    record FindingView(String id, String severity, String message, String network, List<SuggestionView> suggestions) {
    }

    /** What the verdict says: the band, unless a cap holds the score (a post refused, an inauthentic one). */
    static String verdict(Report report, String band, String language) {
        if (report.cap() == null) {
            return band;
        }
        return report.cap().refused() ? "refused" : Messages.has(language, "result.band.cap." + report.cap().rule())
                ? "cap." + report.cap().rule() : "cap";
    }

    /** "Ready to post" only without errors: a high score must not hide a post that will not go through. */
    static String band(int score, boolean hasError) {
        String band = score >= 80 ? "good" : score >= 55 ? "ok" : "weak";
        return hasError && band.equals("good") ? "ok" : band;
    }

    static ResultView of(Report report, EditorForm form, RuleBook rules, String language) {
        List<FindingView> findings = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            List<SuggestionView> suggestions = f.suggestions().stream()
                    .map((Suggestion s) -> new SuggestionView(s.text(), applyValue(s.replacement()), s.thread())).toList();
            String networks = f.networks().isEmpty() ? null : String.join(", ", f.networks().stream()
                    .map(id -> rules.network(id) == null ? id.value() : rules.network(id).name()).toList());
            findings.add(new FindingView("finding-" + i, f.severity().id(), f.message(), networks, suggestions));
        }
        List<Previews.Card> cards = new ArrayList<>();
        for (NetworkView counted : report.networks()) {
            cards.add(Previews.card(form.text(), report.facts(), counted, rules.network(counted.network()),
                    form.media()));
        }
        HeatMap.Slot suggested = null;
        String suggestedText = null;
        if (report.suggestedTime() != null) {
            var at = report.suggestedTime().at().atZoneSameInstant(zone(report.suggestedTime().timeZone()));
            suggested = HeatMap.slot(at);
            suggestedText = Messages.get(language, "day." + at.getDayOfWeek().getValue()) + " "
                    + at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(Messages.locale(language)));
        }
        NetworkProfile first = rules.network(report.networks().get(0).network());
        HeatMap heat = first == null ? null : HeatMap.of(first, Audience.fromId(form.audience()).orElse(Audience.GENERAL), form.timeZone(),
                HeatMap.slot(form.date(), form.time()), suggested, language);
        boolean hasError = report.findings().stream().anyMatch(f -> f.severity() == fr.ricochet.check.Severity.ERROR);
        String band = band(report.score(), hasError);
        return new ResultView(report.score(), band, verdict(report, band, language), report.score() * CIRCUMFERENCE / 100,
                report.language().code().code(), report.language().detected(), rules.kinds().find(report.kind().value())
                        .map(k -> k.name().in(language)).orElse(report.kind().value()), report.kind().detected(),
                tipRows(report, rules, language), findings,
                Highlights.pieces(form.text(), report.findings()), report.rewrite(), cards, heat, suggestedText,
                report.cap() == null ? 0 : report.cap().max(), report.cap() == null ? 0 : report.cap().points());
    }

    /** Biggest losses first: what to work on comes at the top; tips that do not apply go last. */
    private static List<TipRow> tipRows(Report report, RuleBook rules, String language) {
        List<TipRow> rows = new ArrayList<>();
        for (TipScore tip : report.tips()) {
            String title = rules.tipTitle(tip.id(), language);
            // The report's points add up to the score (before a cap): a tip that weighs nothing is not listed.
            if (tip.score() == null || tip.max() == null || tip.max() == 0) {
                rows.add(new TipRow(title, false, 0, 0, 0));
            } else {
                rows.add(new TipRow(title, true, tip.points(), tip.max(), (int) Math.round(tip.score() * 100)));
            }
        }
        rows.sort(Comparator.comparing((TipRow r) -> !r.applies()).thenComparing(r -> -(r.max() - r.earned())));
        return rows;
    }

    /** A replacement packed into the "apply" button's value: offset:length:value. */
    private static String applyValue(Replacement replacement) {
        return replacement == null ? null
                : replacement.offset() + ":" + replacement.length() + ":" + replacement.value();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }
}
