package fr.ricochet.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.report.ReportJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 description, written by hand in YAML (readable in review) and
 * served as JSON. A test checks real responses against it, so it cannot drift from the code unnoticed.
 */
final class OpenApiDocument {

    static final String RESOURCE = "/openapi/ricochet.yaml";

    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    static OpenApiDocument load(String version) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ObjectNode document = (ObjectNode) new YAMLMapper().readTree(in);
            ((ObjectNode) document.get("info")).put("version", version);
            ObjectMapper mapper = ReportJson.mapper();
            return new OpenApiDocument(mapper.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void answer(Context ctx) {
        ctx.contentType(Json.CONTENT_TYPE).result(json);
    }
}
