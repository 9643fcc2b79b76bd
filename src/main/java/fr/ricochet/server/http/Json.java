package fr.ricochet.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.ricochet.report.ReportJson;
import io.javalin.http.Context;

/** Writes answers with the report mapper, so the API's JSON is byte-for-byte the shape of {@code check --json}. */
public final class Json {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    public static void write(Context ctx, Object value) {
        try {
            ctx.contentType(CONTENT_TYPE).result(ReportJson.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
