package fr.ricochet.server.audit;

import fr.ricochet.audit.AuditJson;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.request.FieldError;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.Languages;
import fr.ricochet.server.http.Problems;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;

/**
 * POST /api/v1/audits: the archive as the body or as the {@code archive} field of a multipart form, answered with
 * the report's JSON, or one of its tables as CSV ({@code ?format=csv&table=signals|effects|months|findings}).
 * Everything the query asks is checked before the archive is read, so a mistake costs no upload.
 */
final class AuditRoutes {

    static final String PATH = "/api/v1/audits";

    private final AuditUploads uploads;

    AuditRoutes(AuditUploads uploads) {
        this.uploads = uploads;
    }

    void audit(Context ctx) {
        String language = Languages.of(ctx);
        ZoneId zone = AuditUploads.zone(ctx.queryParam("tz"));
        AuditTable table = table(ctx.queryParam("format"), ctx.queryParam("table"));
        AuditReport report = uploads.inLane(() -> AuditUploads.multipart(ctx)
                ? uploads.audit(uploads.form(ctx), zone, language) : uploads.audit(ctx, zone, language));
        if (table == null) {
            ctx.contentType(Json.CONTENT_TYPE).result(AuditJson.write(report));
        } else {
            ctx.header("Content-Disposition", "attachment; filename=\"" + table.fileName() + "\"");
            ctx.contentType("text/csv; charset=utf-8").result(AuditCsv.write(report, table, language));
        }
    }

    /** The table a CSV answer holds, or null for the JSON; a CSV without its table is refused. */
    private static AuditTable table(String format, String table) {
        if (format == null || format.equals("json")) {
            return null;
        }
        if (!format.equals("csv")) {
            throw Problems.invalid(List.of(new FieldError("format", "must be json or csv", "doit être json ou csv")));
        }
        if (table == null) {
            throw Problems.invalid(List.of(new FieldError("table",
                    "is required with format=csv: signals, effects, months or findings",
                    "est obligatoire avec format=csv : signals, effects, months ou findings")));
        }
        return AuditTable.of(table);
    }
}
