package fr.ricochet.server.web;

import fr.ricochet.check.AccountCalibration;
import fr.ricochet.check.Severity;
import fr.ricochet.report.NetworkView;
import fr.ricochet.report.ProfileView;
import fr.ricochet.report.Report;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.score.TipScore;
import fr.ricochet.value.Audience;
import fr.ricochet.value.Basis;
import fr.ricochet.value.NetworkId;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as the editor shows it, for templates/result.html: the one rendering of the result, sent whole in the
 * page without JavaScript and as a fragment (POST /editor/result) that editor.js swaps in.
 *
 * @param counts each network's length, labelled with what it counts, for the summary beside the draft
 * @param shown the finding cards shown at once, the costliest first; {@code more} the rest, behind "show all"
 * @param heatNetworks the networks whose week the heat map can show, the one it shows first
 */
record ResultView(Summary summary, List<CountView> counts, Breakdown breakdown, List<FindingCards.Card> shown,
        List<FindingCards.Card> more, List<Highlights.Piece> pieces, String rewrite, List<Previews.Card> previews,
        HeatMap heat, List<Map.Entry<String, String>> heatNetworks, String suggestedText) {

    static final double CIRCUMFERENCE = 2 * Math.PI * 52;

    /** The score, its verdict and what the advice was written for. */
    /** @param calibrated "Calibré sur @compte (412 messages)", or null when the advice rests on the studies alone */
    record Summary(int score, String scoreBand, String verdict, double dash, String languageCode,
            boolean languageDetected, String kindName, boolean kindDetected, String calibrated) {
    }

    /** "X: 391 / 280 (links = 23)": a network's length with how that network counts it. */
    record CountView(String network, String name, int length, int limit, boolean withinLimit, String how) {
    }

    /** @param fromAccount whether the tip's weight, bounds or windows come from the account's own data */
    record TipRow(String title, long earned, long max, int percent, boolean fromAccount) {
    }

    /**
     * The tips' points, their sum and what a cap takes off it: the rows add up to the score, visibly. The tips
     * that do not apply to this draft are named on one line rather than a row each.
     */
    record Breakdown(List<TipRow> tips, List<String> notApplying, long total, long totalMax, int capMax,
            int capPoints, int score) {
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

    /** @param heatNetwork the network whose week the heat map shows, or null for the first requested */
    /** @param calibration the profile the report was adjusted with (its own windows in the heat map), or null */
    static ResultView of(Report report, EditorForm form, RuleBook rules, String language, String heatNetwork,
            CalibrationProfile calibration) {
        String suggestedText = null;
        HeatMap.Slot suggested = null;
        if (report.suggestedTime() != null) {
            ZonedDateTime at = report.suggestedTime().at().atZoneSameInstant(zone(report.suggestedTime().timeZone()));
            suggested = HeatMap.slot(at);
            suggestedText = Messages.get(language, "day." + at.getDayOfWeek().getValue()) + " "
                    + at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(Messages.locale(language)));
        }
        List<FindingCards.Card> cards = timingOnce(FindingCards.of(report.findings(), rules), report, language,
                suggestedText);
        Map<Integer, String> cardOf = new HashMap<>();
        cards.forEach(card -> card.findings().forEach(index -> cardOf.put(index, card.id())));
        List<Previews.Card> previews = new ArrayList<>();
        List<CountView> counts = new ArrayList<>();
        List<Map.Entry<String, String>> heatNetworks = new ArrayList<>();
        for (NetworkView counted : report.networks()) {
            NetworkProfile profile = rules.network(counted.network());
            previews.add(Previews.card(form.text(), report.facts(), counted, profile, form.media()));
            counts.add(new CountView(profile.id().value(), profile.name(), counted.length(), counted.limit(),
                    counted.withinLimit(), how(profile.id().value(), language)));
            heatNetworks.add(Map.entry(profile.id().value(), profile.name()));
        }
        String shownNetwork = heatNetworks.stream().map(Map.Entry::getKey).filter(id -> id.equals(heatNetwork))
                .findFirst().orElse(heatNetworks.get(0).getKey());
        HeatMap heat = HeatMap.of(AccountCalibration.of(rules, calibration).network(NetworkId.of(shownNetwork)),
                Audience.fromId(form.audience()).orElse(Audience.GENERAL), form.timeZone(),
                HeatMap.slot(form.date(), form.time()), suggested, language);
        boolean hasError = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        String band = band(report.score(), hasError);
        Summary summary = new Summary(report.score(), band, verdict(report, band, language),
                report.score() * CIRCUMFERENCE / 100, report.language().code().code(), report.language().detected(),
                rules.kinds().find(report.kind().value()).map(k -> k.name().in(language)).orElse(report.kind().value()),
                report.kind().detected(), calibrated(report.profile(), language));
        int shownCards = Math.min(cards.size(), FindingCards.SHOWN);
        return new ResultView(summary, counts, breakdown(report, rules, language), cards.subList(0, shownCards),
                cards.subList(shownCards, cards.size()),
                Highlights.pieces(form.text(), report.findings(), cardOf::get), report.rewrite(), previews, heat,
                heatNetworks.size() > 1 ? heatNetworks : List.of(), suggestedText);
    }

    /**
     * Each network's timing finding names its own next slot; the page names one, the report's suggested time, the
     * one the heat map's star marks, in one card for every network concerned.
     */
    private static List<FindingCards.Card> timingOnce(List<FindingCards.Card> cards, Report report, String language,
            String suggestedText) {
        if (suggestedText == null) {
            return cards;
        }
        return cards.stream().map(card -> {
            boolean timing = card.findings().stream()
                    .allMatch(i -> report.findings().get(i).rule().equals("timing"));
            if (!timing || card.messages().size() < 2) {
                return card;
            }
            String message = Messages.get(language, "result.timing.finding", String.join(", ", card.networks()),
                    suggestedText, report.suggestedTime().timeZone());
            return new FindingCards.Card(card.id(), card.severity(), List.of(message), card.networks(), card.fixes(),
                    card.points(), card.findings(), card.fromAccount());
        }).toList();
    }

    private static String calibrated(ProfileView profile, String language) {
        return profile == null ? null : Messages.get(language, "result.calibrated",
                profile.account() == null ? profile.network().value() : profile.account(), profile.posts());
    }

    /** How a network counts, in the page language; a network the bundle does not describe counts characters. */
    private static String how(String network, String language) {
        String key = "result.count.how." + network;
        return Messages.get(language, Messages.has(language, key) ? key : "result.count.how.default");
    }

    /** Biggest losses first: what to work on comes at the top. */
    private static Breakdown breakdown(Report report, RuleBook rules, String language) {
        List<TipRow> rows = new ArrayList<>();
        List<String> notApplying = new ArrayList<>();
        long total = 0;
        long totalMax = 0;
        for (TipScore tip : report.tips()) {
            String title = rules.tipTitle(tip.id(), language);
            // The report's points add up to the score (before a cap): a tip that weighs nothing earns nothing.
            if (tip.score() == null || tip.max() == null || tip.max() == 0) {
                notApplying.add(title);
            } else {
                rows.add(new TipRow(title, tip.points(), tip.max(), (int) Math.round(tip.score() * 100),
                        tip.basis() == Basis.ACCOUNT));
                total += tip.points();
                totalMax += tip.max();
            }
        }
        rows.sort(Comparator.comparing((TipRow r) -> -(r.max() - r.earned())));
        return new Breakdown(rows, notApplying, total, totalMax, report.cap() == null ? 0 : report.cap().max(),
                report.cap() == null ? 0 : report.cap().points(), report.score());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }
}
