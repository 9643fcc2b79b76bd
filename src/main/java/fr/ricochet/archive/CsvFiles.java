package fr.ricochet.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of an export read row by row with commons-csv, its header first: UTF-8 with or without a byte order
 * mark (what a spreadsheet writes), values quoted or not, line breaks inside quotes. A malformed file is refused with
 * what to fix, never with the parser's exception.
 */
final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    @FunctionalInterface
    interface HeaderReader {
        void read(List<String> names) throws ArchiveException;
    }

    @FunctionalInterface
    interface RowReader {
        void read(CSVRecord row) throws ArchiveException;
    }

    private CsvFiles() {
    }

    static void read(InputStream in, String file, HeaderReader header, RowReader rows)
            throws IOException, ArchiveException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\ufeff') {
            reader.reset();
        }
        try (CSVParser csv = FORMAT.parse(reader)) {
            header.read(csv.getHeaderNames().stream().map(String::strip).toList());
            for (CSVRecord row : csv) {
                rows.read(row);
            }
        } catch (UncheckedIOException damaged) {
            if (damaged.getCause() instanceof LimitExceeded limit) {
                throw limit;
            }
            throw Problems.damagedCsv(file);
        } catch (org.apache.commons.csv.CSVException | IllegalArgumentException | IllegalStateException damaged) {
            throw Problems.damagedCsv(file);
        }
    }

    /** A column's value, stripped, or null when the row lacks it or leaves it empty. */
    static String value(CSVRecord row, String column) {
        if (column == null || !row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }
}
