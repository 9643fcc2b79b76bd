package fr.ricochet.workshop;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The export table as an XLSX workbook (fastexcel): the submissions with typed cells (numbers, dates, percentages
 * a spreadsheet computes with) and a second sheet summing up each tip. A text cell of an XLSX file is never run as
 * a formula, so drafts go in as they were typed, without the CSV's apostrophe.
 */
final class WorkshopXlsx {

    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    private static final String SHARE_FORMAT = "0.0%";
    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 60;
    private static final List<String> SHEETS_FR = List.of("Soumissions", "Conseils");
    private static final List<String> SHEETS_EN = List.of("Submissions", "Tips");

    private WorkshopXlsx() {
    }

    static void write(ExportTable table, OutputStream out) {
        List<String> names = "fr".equals(table.language()) ? SHEETS_FR : SHEETS_EN;
        try {
            Workbook workbook = new Workbook(out, "Ricochet", "1.0");
            sheet(workbook.newWorksheet(names.get(0)), table.header(), table.rows());
            sheet(workbook.newWorksheet(names.get(1)), table.summaryHeader(), table.summary());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet sheet, List<String> header, List<List<ExportTable.Cell>> rows) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().wrapText(true).set();
        }
        sheet.freezePane(0, 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.width(c, width(header.get(c), rows, c));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<ExportTable.Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, row.get(c));
            }
        }
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(0, 0, header.size() - 1);
        }
    }

    /** Wide enough for the header and the longest text, within bounds: a draft wraps rather than run off. */
    private static double width(String header, List<List<ExportTable.Cell>> rows, int c) {
        int longest = header.length();
        for (List<ExportTable.Cell> row : rows) {
            longest = Math.max(longest, row.get(c) instanceof ExportTable.Cell.Text text ? text.value().length()
                    : MIN_WIDTH);
        }
        return Math.min(Math.max(longest + 2, MIN_WIDTH), MAX_WIDTH);
    }

    private static void cell(Worksheet sheet, int r, int c, ExportTable.Cell cell) {
        if (cell instanceof ExportTable.Cell.Text text) {
            sheet.value(r, c, text.value());
            sheet.style(r, c).wrapText(true).set();
        } else if (cell instanceof ExportTable.Cell.Whole whole) {
            sheet.value(r, c, whole.value());
        } else if (cell instanceof ExportTable.Cell.Share share) {
            sheet.value(r, c, share.value());
            sheet.style(r, c).format(SHARE_FORMAT).set();
        } else if (cell instanceof ExportTable.Cell.Time time) {
            sheet.value(r, c, time.value());
            sheet.style(r, c).format(DATE_FORMAT).set();
        }
    }
}
