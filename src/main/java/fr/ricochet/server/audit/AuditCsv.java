package fr.ricochet.server.audit;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Effect;
import fr.ricochet.audit.FrequentFinding;
import fr.ricochet.audit.ScoreSummary;
import fr.ricochet.audit.Signal;
import fr.ricochet.report.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An audit's tables as CSV, in the conventions the workshop exports use: for French {@code ;} between cells and a
 * decimal comma (what French spreadsheets open by a double click), for English commas and points; UTF-8 with a
 * byte order mark. Column names are the JSON contract's, so a script reads either the same way. Every text cell is
 * Ricochet's own wording (ids, messages, titles), yet a message may quote a handle or a hashtag from the archive:
 * text cells are made safe against formula injection as the workshop's are; no post text is exported here.
 */
public final class AuditCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private AuditCsv() {
    }

    public static String write(AuditReport report, AuditTable table, String language) {
        boolean french = "fr".equals(language);
        List<List<Object>> rows = new ArrayList<>();
        String[] header = switch (table) {
            case SIGNALS -> {
                for (Signal s : report.signals()) {
                    rows.add(List.of(s.id(), s.value() == null ? "" : s.value(), s.flagged(), s.threshold(), s.message()));
                }
                yield new String[] {"id", "value", "flagged", "threshold", "message"};
            }
            case EFFECTS -> {
                for (Effect e : report.calibration().effects()) {
                    boolean study = e.study() != null;
                    rows.add(List.of(e.feature(), e.group(), e.ratio(), e.low(), e.high(), e.n(), e.nOthers(),
                            study && e.study().ratio() != null ? e.study().ratio() : "",
                            study ? e.study().finding() : "", study ? e.study().source() : ""));
                }
                yield new String[] {"feature", "group", "ratio", "low", "high", "n", "nOthers", "studyRatio",
                    "studyFinding", "studySource"};
            }
            case MONTHS -> {
                for (ScoreSummary.Month m : report.scores().monthly()) {
                    rows.add(List.of(m.month(), m.posts(), m.median(), m.mean()));
                }
                yield new String[] {"month", "posts", "median", "mean"};
            }
            case FINDINGS -> {
                for (FrequentFinding f : report.findings()) {
                    rows.add(List.of(f.rule(), f.code(), f.title(), f.posts(), f.share()));
                }
                yield new String[] {"rule", "code", "title", "posts", "share"};
            }
        };
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(french ? ';' : ',').setHeader(header).get();
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(cell -> cell(cell, french)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value, boolean french) {
        if (value instanceof Double d) {
            // Up to four decimals: a share of 0.0125 or an interval bound keeps its meaning.
            return String.format(french ? Locale.FRANCE : Locale.ROOT, "%.4f", d).replaceAll("[.,]?0+$", "");
        }
        return value instanceof Number || value instanceof Boolean ? String.valueOf(value)
                : SpreadsheetCells.safe(String.valueOf(value));
    }
}
