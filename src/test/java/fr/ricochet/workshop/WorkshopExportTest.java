package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Severity;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.request.Media;
import fr.ricochet.request.MediaType;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.score.TipScore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkshopExportTest {

    private static RuleBook rules;
    private static final Workshop WORKSHOP = new Workshop("w1", "ABCDEF", new WorkshopSettings("Atelier", "Brief",
            List.of("x"), "general", null, null, "Europe/Paris"), 30, Instant.parse("2026-11-30T08:00:00Z"),
            Instant.parse("2026-12-30T08:00:00Z"), null);
    private static final List<Participant> PARTICIPANTS = List.of(
            new Participant("p1", "w1", "Léa", Instant.parse("2026-12-01T13:00:00Z")),
            new Participant("p2", "w1", "=HYPERLINK(\"x\")", Instant.parse("2026-12-01T13:01:00Z")));
    // 13:30:12.345678 UTC is 14:30 in Paris in December; 0.875 of a tip's points reads 87.5 %.
    private static final List<Submission> SUBMISSIONS = List.of(
            new Submission(7, "w1", "p1", "Venez samedi ! #Jeux", List.of(new Media(MediaType.IMAGE, "Des dés")),
                    Instant.parse("2026-12-01T13:30:12.345678Z"), 66, "fr",
                    List.of(new TipScore("authenticity", 0.875, 8), new TipScore("media", null, 5)),
                    List.of(new Finding("authenticity", "bait", Severity.WARNING, "Évitez de réclamer des likes.", 0,
                            0, List.of(), List.of(), 1.0))),
            new Submission(8, "w1", "p2", "=1+1", List.of(), Instant.parse("2026-07-01T09:05:00Z"), 40, "en",
                    List.of(new TipScore("authenticity", 0.5, 8), new TipScore("media", 1.0, 5)), List.of()));

    @BeforeAll
    static void loadRules() {
        rules = RulesLoader.load(RulesLocation.resolve(null));
    }

    private static String csv(String language) {
        StringWriter out = new StringWriter();
        WorkshopExport.csv(ExportTable.of(WORKSHOP, PARTICIPANTS, SUBMISSIONS, rules.tips(), language), out);
        return out.toString();
    }

    private static List<CSVRecord> read(String csv, char delimiter) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void theFrenchCsvIsWhatFrenchExcelOpensWithLabelsInFrenchAndLocalTimes() throws Exception {
        String csv = csv("fr");

        assertThat(csv).startsWith(WorkshopExport.BYTE_ORDER_MARK + "N°;Pseudonyme;");
        List<CSVRecord> rows = read(csv, ';');
        assertThat(rows).hasSize(2);
        CSVRecord lea = rows.get(0);
        assertThat(lea.get("Envoyée le (heure de Europe/Paris)")).isEqualTo("2026-12-01 14:30");
        assertThat(rows.get(1).get("Envoyée le (heure de Europe/Paris)")).isEqualTo("2026-07-01 11:05");
        assertThat(lea.get("Score sur 100")).isEqualTo("66");
        assertThat(lea.get("Rester humain (%)")).isEqualTo("87,5");
        assertThat(lea.get(rules.tipTitle("media", "fr") + " (%)")).isEmpty();
        assertThat(rows.get(1).get(rules.tipTitle("media", "fr") + " (%)")).isEqualTo("100,0");
        assertThat(lea.get("Langue du texte")).isEqualTo("français");
        assertThat(rows.get(1).get("Langue du texte")).isEqualTo("anglais");
        assertThat(lea.get("Médias")).isEqualTo("image (texte alternatif\u00A0: Des dés)");
        assertThat(lea.get("Remarques")).isEqualTo("Rester humain\u00A0: Évitez de réclamer des likes.");
        assertThat(rows.get(1).get("Pseudonyme")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(1).get("Texte")).isEqualTo("'=1+1");
        assertThat(csv).doesNotContain("authenticity", "bait", "0.875", "T13:30");
    }

    @Test
    void theEnglishCsvUsesCommasDecimalPointsAndEnglishLabels() throws Exception {
        List<CSVRecord> rows = read(csv("en"), ',');

        assertThat(rows.get(0).get("Sent at (Europe/Paris time)")).isEqualTo("2026-12-01 14:30");
        assertThat(rows.get(0).get("Stay human (%)")).isEqualTo("87.5");
        assertThat(rows.get(0).get("Text language")).isEqualTo("French");
        assertThat(rows.get(0).get("Findings")).isEqualTo("Stay human: Évitez de réclamer des likes.");
        assertThat(rows.get(0).get("Media")).isEqualTo("image (alt text: Des dés)");
    }

    @Test
    void theXlsxHoldsTheSameRowsAsTypedCellsAndASheetPerTip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopXlsx.write(ExportTable.of(WORKSHOP, PARTICIPANTS, SUBMISSIONS, rules.tips(), "fr"), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Soumissions", "Conseils");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("N°");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Envoyée le (heure de Europe/Paris)");
            Row lea = rows.get(1);
            assertThat(lea.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(lea.getCellAsNumber(0)).hasValue(BigDecimal.valueOf(7));
            assertThat(lea.getCellAsDate(2)).hasValue(LocalDateTime.parse("2026-12-01T14:30"));
            assertThat(lea.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(lea.getCellAsNumber(3)).hasValue(BigDecimal.valueOf(66));
            assertThat(lea.getCellText(4)).isEqualTo("français");
            int share = 8; // the first tip column, in the rule book's order
            assertThat(rows.get(0).getCellText(share)).isEqualTo("Rester humain (%)");
            assertThat(lea.getCell(share).getType()).isEqualTo(CellType.NUMBER);
            assertThat(lea.getCellAsNumber(share).orElseThrow()).isEqualByComparingTo("0.875");
            assertThat(lea.getCell(share).getDataFormatString()).isEqualTo("0.0%");
            // Text cells are never formulas in XLSX: the draft is kept exactly, with no apostrophe.
            Row mallory = rows.get(2);
            assertThat(mallory.getCell(5).getType()).isEqualTo(CellType.STRING);
            assertThat(mallory.getCellText(5)).isEqualTo("=1+1");
            assertThat(mallory.getCellText(1)).isEqualTo("=HYPERLINK(\"x\")");

            List<Row> tips = sheets.get(1).read();
            assertThat(tips.get(0).getCellText(0)).isEqualTo("Conseil");
            Row humain = tips.get(1);
            assertThat(humain.getCellText(0)).isEqualTo("Rester humain");
            assertThat(humain.getCellAsNumber(1)).hasValue(BigDecimal.valueOf(2));
            assertThat(humain.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("0.6875");
            assertThat(humain.getCellAsNumber(3)).hasValue(BigDecimal.ONE);
            assertThat(tips.get(2).getCellAsNumber(1)).hasValue(BigDecimal.ONE);
        }
    }
}
