package fr.ricochet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.server.http.Json;
import fr.ricochet.value.NetworkId;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 description, written by hand in YAML (readable in review) and
 * served as JSON. A test checks real responses against it, so it cannot drift from the code unnoticed.
 * The values that come from the rules are not written there: a schema marked {@code x-ricochet-enum: networks}
 * (or {@code kinds}) gets the loaded rules' network ids (or {@code auto} and the kinds of post) as its
 * {@code enum}, so a network added in rules/networks/ is allowed by the document too.
 */
final class OpenApiDocument {

    static final String RESOURCE = "/openapi/ricochet.yaml";
    static final String ENUM_MARKER = "x-ricochet-enum";

    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    static OpenApiDocument load(String version, RuleBook rules) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ObjectNode document = (ObjectNode) new YAMLMapper().readTree(in);
            ((ObjectNode) document.get("info")).put("version", version);
            List<String> kinds = new ArrayList<>(List.of(AnalysisRequest.AUTO));
            kinds.addAll(rules.kinds().ids());
            List<String> networks = rules.networkIds().stream().map(NetworkId::value).toList();
            fillEnums(document, Map.of("networks", networks, "kinds", kinds));
            ObjectMapper mapper = ReportJson.mapper();
            return new OpenApiDocument(mapper.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Replaces every {@value #ENUM_MARKER} marker, at any depth, by the enum it names. */
    private static void fillEnums(JsonNode node, Map<String, List<String>> values) {
        if (node instanceof ObjectNode object && object.has(ENUM_MARKER)) {
            String name = object.remove(ENUM_MARKER).asText();
            List<String> allowed = values.get(name);
            if (allowed == null) {
                throw new IllegalStateException(RESOURCE + ": unknown " + ENUM_MARKER + " '" + name + "'");
            }
            ArrayNode list = object.putArray("enum");
            allowed.forEach(list::add);
        }
        node.forEach(child -> fillEnums(child, values));
    }

    void answer(Context ctx) {
        ctx.contentType(Json.CONTENT_TYPE).result(json);
    }
}
