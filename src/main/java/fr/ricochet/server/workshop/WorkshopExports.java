package fr.ricochet.server.workshop;

import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.http.Json;
import fr.ricochet.workshop.WorkshopService;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The workshop's exports as downloads, sent the same way to the API's callers and to the dashboard's form without
 * scripts. The service proves the trainer token's secret before anything is read.
 */
final class WorkshopExports {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What a trainer can download. */
    enum Format {
        CSV, XLSX, JSON;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a form names; another is refused with the allowed ones. */
        static Format of(String value) {
            for (Format format : values()) {
                if (format.extension().equals(value)) {
                    return format;
                }
            }
            throw new InvalidRequestException(List.of(new FieldError("format", "must be csv, xlsx or json",
                    "doit être csv, xlsx ou json")));
        }
    }

    private final WorkshopService service;

    WorkshopExports(WorkshopService service) {
        this.service = service;
    }

    /** @param language the language of the labels, tip titles and messages of the CSV and XLSX */
    void send(Context ctx, Format format, String trainerToken, String language) {
        String code = WorkshopApiRoutes.code(ctx);
        switch (format) {
            case CSV -> {
                String csv = service.exportCsv(trainerToken, language);
                WorkshopLinks.download(ctx, "text/csv; charset=utf-8", code, "csv");
                ctx.result(csv);
            }
            case XLSX -> {
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                service.exportXlsx(trainerToken, language, xlsx);
                // A zip has no charset: drop the UTF-8 every answer starts with, or Jetty appends it to the type.
                ctx.res().setCharacterEncoding(null);
                WorkshopLinks.download(ctx, XLSX_TYPE, code, "xlsx");
                ctx.result(xlsx.toByteArray());
            }
            case JSON -> {
                String json = service.exportJson(trainerToken);
                WorkshopLinks.download(ctx, Json.CONTENT_TYPE, code, "json");
                ctx.result(json);
            }
        }
    }
}
