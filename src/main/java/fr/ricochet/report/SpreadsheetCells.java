package fr.ricochet.report;

/**
 * Text cells written for a spreadsheet (the workshop's and the audit's CSV exports), made safe to open by a double
 * click: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a formula. Such
 * cells get a leading apostrophe, which spreadsheets show as plain text (OWASP's advice against CSV injection).
 * Only text cells pass here; numbers are written by Ricochet and may be negative.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        // Spreadsheets may drop leading blanks and invisible characters before they look, so " =1+1" counts as a
        // formula too, and so does one behind a no-break space, a zero-width space, a byte order mark or a NEL.
        int i = 0;
        while (i < cell.length()) {
            int c = cell.codePointAt(i);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + cell;
            }
            if (!isBlankOrInvisible(c)) {
                return cell;
            }
            i += Character.charCount(c);
        }
        return cell;
    }

    private static boolean isBlankOrInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL;
    }
}
