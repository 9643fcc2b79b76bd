package fr.ricochet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.ricochet.report.ReportJson;

/**
 * The audit's one JSON shape, shared by {@code ricochet audit --json} and {@code POST /api/v1/audits}: the records
 * of {@link AuditReport} as they are, dates as ISO-8601 instants, with the same mapper as the draft reports.
 */
public final class AuditJson {

    private static final ObjectWriter PRETTY = ReportJson.mapper().writerWithDefaultPrettyPrinter();

    private AuditJson() {
    }

    public static String write(AuditReport report) {
        try {
            return PRETTY.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit report could not be written as JSON", e);
        }
    }
}
