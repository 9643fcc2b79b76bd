package fr.ricochet.workshop;

import fr.ricochet.check.Finding;
import fr.ricochet.request.Media;
import fr.ricochet.rules.Localized;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.score.TipScore;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A workshop's submissions as a person reads them in a spreadsheet: one row per submission, one column per tip,
 * labels, tip titles, language and media names in one language, times in the workshop's zone, every cell typed so
 * the CSV and the XLSX writers each render it their own way.
 *
 * @param zone the workshop's time zone, which every {@link Cell.Time} is in (the header says so)
 * @param summary one row per tip: how many submissions it applied to, their mean share, the findings it raised
 */
record ExportTable(String language, ZoneId zone, List<String> header, List<List<Cell>> rows,
        List<String> summaryHeader, List<List<Cell>> summary) {

    /** A typed cell: text is the participants', numbers and times are ours. */
    sealed interface Cell {
        record Text(String value) implements Cell {
        }

        record Whole(long value) implements Cell {
        }

        /** A share from 0 to 1, shown as a percentage. */
        record Share(double value) implements Cell {
        }

        record Time(LocalDateTime value) implements Cell {
        }

        /** A tip that did not apply to the draft. */
        record Empty() implements Cell {
        }
    }

    private static final Localized NUMBER = new Localized("N°", "No.");
    private static final Localized PSEUDONYM = new Localized("Pseudonyme", "Pseudonym");
    private static final Localized SUBMITTED = new Localized("Envoyée le (heure de {0})", "Sent at ({0} time)");
    private static final Localized SCORE = new Localized("Score sur 100", "Score out of 100");
    private static final Localized LANGUAGE = new Localized("Langue du texte", "Text language");
    private static final Localized TEXT = new Localized("Texte", "Text");
    private static final Localized MEDIA = new Localized("Médias", "Media");
    private static final Localized FINDINGS = new Localized("Remarques", "Findings");
    private static final Localized TIP_SHARE = new Localized("{0} (%)", "{0} (%)");
    private static final Localized TIP = new Localized("Conseil", "Tip");
    private static final Localized APPLIED = new Localized("Soumissions concernées", "Submissions it applied to");
    private static final Localized MEAN = new Localized("Part moyenne des points (%)", "Mean share of points (%)");
    private static final Localized RAISED = new Localized("Remarques faites", "Findings raised");
    private static final Map<String, Localized> LANGUAGES = Map.of("fr", new Localized("français", "French"),
            "en", new Localized("anglais", "English"));
    private static final Map<String, Localized> MEDIA_TYPES = Map.of("image", new Localized("image", "image"),
            "video", new Localized("vidéo", "video"), "gif", new Localized("GIF", "GIF"));
    private static final Localized ALT_TEXT = new Localized("{0} (texte alternatif\u00A0: {1})",
            "{0} (alt text: {1})");
    private static final Localized TITLED = new Localized("{0}\u00A0: {1}", "{0}: {1}");
    /** Between two findings or two media in one cell; a line break would split a row in plain-text tools. */
    static final String LIST_SEPARATOR = " · ";

    /**
     * @param tips the rule book's tips, for their titles and order; a tip stored but no longer in the rules keeps
     *             its id as title
     * @param language {@code fr} or {@code en}: the labels' language, not the drafts'
     */
    static ExportTable of(Workshop workshop, List<Participant> participants, List<Submission> submissions,
            List<TipSpec> tips, String language) {
        ZoneId zone = ZoneId.of(workshop.settings().timeZone());
        Map<String, String> pseudonyms = participants.stream()
                .collect(Collectors.toMap(Participant::id, Participant::pseudonym));
        Map<String, String> titles = new LinkedHashMap<>();
        tips.forEach(tip -> titles.put(tip.id(), tip.title().in(language)));
        Function<String, String> title = id -> titles.getOrDefault(id, id);
        List<String> tipIds = tipColumns(submissions, tips);

        List<String> header = new ArrayList<>(List.of(NUMBER.in(language), PSEUDONYM.in(language),
                SUBMITTED.in(language).replace("{0}", zone.getId()), SCORE.in(language), LANGUAGE.in(language),
                TEXT.in(language), MEDIA.in(language), FINDINGS.in(language)));
        tipIds.forEach(id -> header.add(TIP_SHARE.in(language).replace("{0}", title.apply(id))));
        List<List<Cell>> rows = new ArrayList<>();
        for (Submission s : submissions) {
            List<Cell> row = new ArrayList<>(List.of(new Cell.Whole(s.id()),
                    new Cell.Text(pseudonyms.getOrDefault(s.participantId(), "")),
                    new Cell.Time(LocalDateTime.ofInstant(s.submittedAt(), zone).truncatedTo(ChronoUnit.MINUTES)),
                    new Cell.Whole(s.score()), new Cell.Text(languageName(s.language(), language)),
                    new Cell.Text(s.text()), new Cell.Text(media(s.media(), language)),
                    new Cell.Text(findings(s.findings(), title, language))));
            Map<String, Double> shares = shares(s);
            tipIds.forEach(id -> row.add(shares.get(id) == null ? new Cell.Empty() : new Cell.Share(shares.get(id))));
            rows.add(row);
        }
        return new ExportTable(language, zone, header, rows, List.of(TIP.in(language), APPLIED.in(language),
                MEAN.in(language), RAISED.in(language)), summary(submissions, tipIds, title));
    }

    /** The language's name in the labels' language ("français", "English"); an unknown code stays as it is. */
    static String languageName(String code, String language) {
        Localized name = LANGUAGES.get(code);
        return name == null ? Objects.toString(code, "") : name.in(language);
    }

    /** The tips any submission was scored on, in the rule book's order, then any the rules no longer hold. */
    private static List<String> tipColumns(List<Submission> submissions, List<TipSpec> tips) {
        List<String> seen = submissions.stream().flatMap(s -> s.tips().stream()).map(TipScore::id).distinct()
                .toList();
        List<String> ids = new ArrayList<>(tips.stream().map(TipSpec::id).filter(seen::contains).toList());
        seen.stream().filter(id -> !ids.contains(id)).sorted().forEach(ids::add);
        return ids;
    }

    private static Map<String, Double> shares(Submission s) {
        Map<String, Double> shares = new HashMap<>();
        s.tips().forEach(t -> shares.put(t.id(), t.score()));
        return shares;
    }

    private static List<List<Cell>> summary(List<Submission> submissions, List<String> tipIds,
            Function<String, String> title) {
        List<List<Cell>> summary = new ArrayList<>();
        for (String id : tipIds) {
            List<Double> applied = submissions.stream().map(s -> shares(s).get(id)).filter(Objects::nonNull)
                    .toList();
            long raised = submissions.stream().flatMap(s -> s.findings().stream())
                    .filter(f -> f.rule().equals(id)).count();
            summary.add(List.of(new Cell.Text(title.apply(id)), new Cell.Whole(applied.size()),
                    applied.isEmpty() ? new Cell.Empty()
                            : new Cell.Share(applied.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
                    new Cell.Whole(raised)));
        }
        return summary;
    }

    private static String media(List<Media> media, String language) {
        return media.stream().map(m -> {
            String type = MEDIA_TYPES.getOrDefault(m.type().id(), new Localized(m.type().id(), m.type().id()))
                    .in(language);
            return m.hasAltText() ? ALT_TEXT.in(language).replace("{0}", type).replace("{1}", m.altText()) : type;
        }).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** Each finding as its tip's title and the message the participant read (in the draft's language). */
    private static String findings(List<Finding> findings, Function<String, String> title, String language) {
        return findings.stream().map(f -> TITLED.in(language).replace("{0}", title.apply(f.rule()))
                .replace("{1}", f.message())).collect(Collectors.joining(LIST_SEPARATOR));
    }
}
