package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Signal;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aMessageQuotingAHandleOrAFormulaOpensAsTextWhileNumbersStayNumbers() throws IOException {
        AuditReport sample = SampleAudits.robot();
        List<Signal> signals = List.of(
                new Signal("mention-diversity", -0.5, true, 0.1, "@compte_officiel reçoit 90 % des mentions.", List.of()),
                new Signal("hashtag-stuffing", 0.2, false, 0.3, "=HYPERLINK(\"http://example.org\")", List.of()));
        AuditReport report = new AuditReport(sample.account(), sample.posts(), sample.verdict(), signals,
                sample.scores(), sample.findings(), sample.calibration(), sample.postingHours());

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(AuditCsv.write(report, AuditTable.SIGNALS, "fr").substring(1))).getRecords();

        assertThat(rows.get(0).get("message")).isEqualTo("'@compte_officiel reçoit 90 % des mentions.");
        assertThat(rows.get(0).get("value")).isEqualTo("-0,5");
        assertThat(rows.get(1).get("message")).isEqualTo("'=HYPERLINK(\"http://example.org\")");
        assertThat(rows.get(1).get("flagged")).isEqualTo("false");
    }
}
