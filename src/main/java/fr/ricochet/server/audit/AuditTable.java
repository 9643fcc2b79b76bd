package fr.ricochet.server.audit;

import fr.ricochet.request.FieldError;
import fr.ricochet.server.http.Problems;
import java.util.List;
import java.util.Locale;

/** The audit's tables a spreadsheet can open, each one CSV file: the API's {@code table} and the page's downloads. */
public enum AuditTable {
    SIGNALS, EFFECTS, MONTHS, FINDINGS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name a download saves under, e.g. {@code audit-signals.csv}. */
    public String fileName() {
        return "audit-" + id() + ".csv";
    }

    /** The table a request names; another is refused with the allowed ones. */
    public static AuditTable of(String value) {
        for (AuditTable table : values()) {
            if (table.id().equals(value)) {
                return table;
            }
        }
        throw Problems.invalid(List.of(new FieldError("table",
                "must be signals, effects, months or findings", "doit être signals, effects, months ou findings")));
    }
}
