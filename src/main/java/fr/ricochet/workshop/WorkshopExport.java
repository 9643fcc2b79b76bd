package fr.ricochet.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.ricochet.check.Finding;
import fr.ricochet.report.ReportJson;
import fr.ricochet.report.SpreadsheetCells;
import fr.ricochet.request.Media;
import fr.ricochet.score.TipScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A workshop's whole data for the trainer to take away: CSV for a spreadsheet (one row per submission, one column
 * per tip, see {@link ExportTable}; the XLSX is {@link WorkshopXlsx}) and JSON for machines.
 */
final class WorkshopExport {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private WorkshopExport() {
    }

    /** Everything of a workshop in one JSON document; media types are spelled as in requests ({@code image}). */
    record Document(Workshop workshop, List<Participant> participants, List<Row> submissions) {
    }

    /** A submission as exported: its author's pseudonym beside it, so the file reads without a join. */
    record Row(long id, String participantId, String pseudonym, Instant submittedAt, int score, String language,
            String text, List<Map<String, String>> media, List<TipScore> tips, List<Finding> findings) {
    }

    static String json(Workshop workshop, List<Participant> participants, List<Submission> submissions) {
        Map<String, String> pseudonyms = pseudonyms(participants);
        List<Row> rows = new ArrayList<>();
        for (Submission s : submissions) {
            rows.add(new Row(s.id(), s.participantId(), pseudonyms.get(s.participantId()), s.submittedAt(),
                    s.score(), s.language(), s.text(), media(s.media()), s.tips(), s.findings()));
        }
        try {
            return ReportJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new Document(workshop, participants, rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a workshop export could not be written as JSON", e);
        }
    }

    /**
     * The table as CSV for a spreadsheet in the labels' language: for French, what French Excel opens by a double
     * click ({@code ;} between cells, decimal comma); for English, commas and decimal points. Always UTF-8 with a
     * byte order mark, which spreadsheets need to read accents as UTF-8. Times read {@code 2026-12-01 14:30}.
     */
    static void csv(ExportTable table, Appendable out) {
        boolean french = "fr".equals(table.language());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(french ? ';' : ',')
                .setHeader(table.header().toArray(String[]::new)).get();
        try {
            out.append(BYTE_ORDER_MARK);
            try (CSVPrinter printer = new CSVPrinter(out, format)) {
                for (List<ExportTable.Cell> row : table.rows()) {
                    printer.printRecord(row.stream().map(cell -> csvCell(cell, french)).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(ExportTable.Cell cell, boolean french) {
        if (cell instanceof ExportTable.Cell.Text text) {
            return SpreadsheetCells.safe(text.value());
        }
        if (cell instanceof ExportTable.Cell.Whole whole) {
            return Long.toString(whole.value());
        }
        if (cell instanceof ExportTable.Cell.Share share) {
            return String.format(french ? Locale.FRANCE : Locale.ROOT, "%.1f", share.value() * 100);
        }
        if (cell instanceof ExportTable.Cell.Time time) {
            return time.value().format(MINUTES);
        }
        return "";
    }

    private static List<Map<String, String>> media(List<Media> media) {
        List<Map<String, String>> items = new ArrayList<>();
        for (Media m : media) {
            Map<String, String> item = new java.util.LinkedHashMap<>();
            item.put("type", m.type().id());
            item.put("altText", m.altText());
            items.add(item);
        }
        return items;
    }

    private static Map<String, String> pseudonyms(List<Participant> participants) {
        return participants.stream().collect(Collectors.toMap(Participant::id, Participant::pseudonym));
    }
}
