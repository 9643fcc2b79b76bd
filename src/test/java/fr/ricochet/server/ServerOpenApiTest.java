package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.testing.Profiles;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document parses as 3.1, lists exactly the routes the server has, and real responses of
 * every endpoint, successes and problems alike, conform to the schemas it declares for them.
 */
class ServerOpenApiTest {

    static TestServer server;
    static OpenAPI api;
    static SchemaCheck schemas;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("RICOCHET_API_KEYS", ServerSecurityTest.KEY,
                "RICOCHET_RATE_LIMIT_PER_MINUTE", "100000"));
        HttpResponse<String> document = server.get("/api/v1/openapi.json", "X-Api-Key", ServerSecurityTest.KEY);
        assertThat(document.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(document.body(), null, options);
        assertThat(result.getMessages()).isEmpty();
        api = result.getOpenAPI();
        schemas = new SchemaCheck(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentIsOpenApi31WithTheServersVersion() {
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getVersion()).isEqualTo("test");
    }

    @Test
    void theDocumentListsEveryRouteAndNoOther() {
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> documented.add(method + " " + path)));
        assertThat(documented).containsExactlyInAnyOrder("POST /api/v1/analyze", "POST /api/v1/analyze/batch",
                "GET /api/v1/rules", "GET /api/v1/networks", "GET /api/v1/openapi.json", "GET /health",
                "GET /metrics", "GET /v2/check", "POST /v2/check", "GET /v2/languages", "POST /api/v1/workshops",
                "GET /api/v1/workshops/{code}", "DELETE /api/v1/workshops/{code}",
                "POST /api/v1/workshops/{code}/participants", "POST /api/v1/workshops/{code}/submissions",
                "GET /api/v1/workshops/{code}/me", "GET /api/v1/workshops/{code}/dashboard",
                "GET /api/v1/workshops/{code}/submissions/compare", "GET /api/v1/workshops/{code}/export.csv",
                "GET /api/v1/workshops/{code}/export.xlsx", "GET /api/v1/workshops/{code}/export.json", "POST /api/v1/workshops/{code}/close",
                "POST /api/v1/profiles", "GET /api/v1/profiles/{id}", "DELETE /api/v1/profiles/{id}",
                "POST /api/v1/audits");
        for (String route : documented) {
            String[] parts = route.split(" ");
            // A workshop of its own for each route: an unknown code would be a 404 that proves nothing.
            String path = parts[1].replace("{code}", workshop().get("joinCode").asText())
                    .replace("{id}", storedProfile());
            HttpResponse<String> response = server.send(server.request(path, "X-Api-Key", ServerSecurityTest.KEY)
                    .method(parts[0], HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).as(route).isNotIn(404, 405);
        }
    }

    @Test
    void successfulResponsesConformToTheirSchemas() {
        String key = ServerSecurityTest.KEY;
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", ServerEndpointsTest.DRAFT,
                "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{\"text\": \"Our report is out: "
                + "https://example.org/r @someone #Data 📊\", \"networks\": [\"bluesky\", \"instagram\"], "
                + "\"media\": [{\"type\": \"image\"}], \"id\": 3}", "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{\"text\": \""
                + "Nous ouvrons le dimanche, de 14 h à 18 h, toute l'année. ".repeat(8) + "Venez ! #Lecture\", "
                + "\"networks\": [\"x\", \"linkedin\"]}", "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze/batch", server.postJson("/api/v1/analyze/batch", "{\"requests\": ["
                + ServerEndpointsTest.DRAFT + ", {\"text\": 5, \"id\": \"bad\"}]}", "X-Api-Key", key));
        conforms("GET", "/api/v1/rules", server.get("/api/v1/rules?lang=en", "X-Api-Key", key));
        conforms("GET", "/api/v1/networks", server.get("/api/v1/networks", "X-Api-Key", key));
        conforms("GET", "/api/v1/openapi.json", server.get("/api/v1/openapi.json", "X-Api-Key", key));
        conforms("GET", "/health", server.get("/health"));
        conforms("POST", "/v2/check", server.postForm("/v2/check", Map.of("text",
                "Découvrez nos 5 astuces 👉 https://exemple.fr/astuces #Twitter #Astuces #Marketing", "language",
                "fr-FR"), "X-Api-Key", key));
        conforms("GET", "/v2/check", server.get("/v2/check?language=auto&text=", "X-Api-Key", key));
        conforms("GET", "/v2/languages", server.get("/v2/languages", "X-Api-Key", key));
    }

    @Test
    void problemResponsesConformToTheProblemSchema() {
        String key = ServerSecurityTest.KEY;
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{\"text\": ", "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{\"networks\": []}", "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{}"));
        conforms("POST", "/api/v1/analyze", server.postForm("/api/v1/analyze", Map.of("text", "a"), "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze",
                "{\"text\": \"" + "a".repeat(10_001) + "\"}", "X-Api-Key", key));
        conforms("POST", "/v2/check", server.postForm("/v2/check", Map.of("text", "Hallo", "language", "de-DE"),
                "X-Api-Key", key));
    }

    @Test
    void workshopResponsesConformToTheirSchemas() {
        String key = ServerSecurityTest.KEY;
        JsonNode created = workshop();
        String code = created.get("joinCode").asText();
        String trainer = created.get("trainerToken").asText();
        String base = "/api/v1/workshops/" + code;
        String item = "/api/v1/workshops/{code}";
        conforms("GET", item, server.get(base, "X-Api-Key", key));
        HttpResponse<String> joined = server.postJson(base + "/participants", "{\"pseudonym\": \"Léa\"}",
                "X-Api-Key", key);
        conforms("POST", item + "/participants", joined);
        String lea = json(joined).get("participantToken").asText();
        conforms("GET", item + "/me", server.get(base + "/me", "X-Api-Key", key, "X-Participant-Token", lea));
        HttpResponse<String> first = server.postJson(base + "/submissions", "{\"text\": \"soirée jeux vendredi\", "
                + "\"media\": [{\"type\": \"image\"}]}", "X-Api-Key", key, "X-Participant-Token", lea);
        conforms("POST", item + "/submissions", first);
        HttpResponse<String> second = server.postJson(base + "/submissions", ServerEndpointsTest.DRAFT, "X-Api-Key",
                key, "X-Participant-Token", lea);
        conforms("POST", item + "/submissions", second);
        conforms("GET", item + "/me", server.get(base + "/me", "X-Api-Key", key, "X-Participant-Token", lea));
        conforms("GET", item + "/dashboard", server.get(base + "/dashboard", "X-Api-Key", key, "X-Trainer-Token",
                trainer));
        conforms("GET", item + "/submissions/compare", server.get(base + "/submissions/compare?left="
                + json(first).at("/submission/id").asLong() + "&right=" + json(second).at("/submission/id").asLong(),
                "X-Api-Key", key, "X-Trainer-Token", trainer));
        conforms("GET", item + "/export.json", server.get(base + "/export.json", "X-Api-Key", key, "X-Trainer-Token",
                trainer));
        for (String file : List.of("/export.csv", "/export.xlsx")) {
            HttpResponse<String> export = server.get(base + file, "X-Api-Key", key, "X-Trainer-Token", trainer);
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(api.getPaths().get(item + file).getGet().getResponses().get("200").getContent())
                    .containsKey(export.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        }
        conforms("POST", item + "/close", server.postJson(base + "/close", "", "X-Api-Key", key, "X-Trainer-Token",
                trainer));

        conforms("POST", "/api/v1/workshops", server.postJson("/api/v1/workshops", "{\"title\": 1}", "X-Api-Key",
                key));
        conforms("POST", "/api/v1/workshops", server.postJson("/api/v1/workshops", "{}"));
        String idempotency = java.util.UUID.randomUUID().toString();
        for (String title : List.of("Atelier", "Atelier", "Autre")) { // the first answer, its replay, then 422
            conforms("POST", "/api/v1/workshops", server.postJson("/api/v1/workshops", "{\"title\": \"" + title
                    + "\"}", "X-Api-Key", key, "Idempotency-Key", idempotency));
        }
        conforms("POST", "/api/v1/workshops", server.postJson("/api/v1/workshops", "{}", "X-Api-Key", key,
                "Idempotency-Key", "\"unterminated"));
        conforms("GET", item, server.get("/api/v1/workshops/NOPE22", "X-Api-Key", key));
        conforms("POST", item + "/participants", server.postJson(base + "/participants", "{\"pseudonym\": \"léa\"}",
                "X-Api-Key", key));
        conforms("POST", item + "/submissions", server.postJson(base + "/submissions", "{\"text\": \"a\"}",
                "X-Api-Key", key, "X-Participant-Token", lea));
        conforms("POST", item + "/submissions", server.postJson(base + "/submissions", "{\"text\": \"a\"}",
                "X-Api-Key", key, "X-Participant-Token", trainer));
        conforms("GET", item + "/dashboard", server.get(base + "/dashboard", "X-Api-Key", key));
        conforms("GET", item + "/submissions/compare", server.get(base + "/submissions/compare?left=a",
                "X-Api-Key", key, "X-Trainer-Token", trainer));
        conforms("DELETE", item, server.send(server.request(base, "X-Api-Key", key, "X-Trainer-Token", lea)
                .DELETE()));
        HttpResponse<String> deleted = server.send(server.request(base, "X-Api-Key", key, "X-Trainer-Token", trainer)
                .DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api.getPaths().get(item).getDelete().getResponses()).containsKey("204");
    }

    /** A new workshop, as its creation answers it. */
    private static JsonNode workshop() {
        HttpResponse<String> created = server.postJson("/api/v1/workshops", "{\"title\": \"Atelier\", "
                + "\"networks\": [\"x\"]}", "X-Api-Key", ServerSecurityTest.KEY);
        conforms("POST", "/api/v1/workshops", created);
        return json(created);
    }

    @Test
    void theCheckCatchesAResponseThatDriftsFromTheDocument() {
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode)
                json(server.postJson("/api/v1/analyze", ServerEndpointsTest.DRAFT, "X-Api-Key", ServerSecurityTest.KEY));
        Schema<?> schema = api.getComponents().getSchemas().get("Report");
        assertThat(schemas.violations(schema, report)).isEmpty();
        report.put("score", "85").put("newField", true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("findings").get(0)).put("severity", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("facts")).remove("words");
        assertThat(schemas.violations(schema, report)).containsExactlyInAnyOrder(
                "$.score: expected [integer], got STRING",
                "$: 'newField' is not in the schema",
                "$.findings[0].severity: \"fatal\" is not one of [error, warning, suggestion, info]",
                "$.facts: missing required 'words'");
    }

    /** A calibration profile of its own, stored for one route. */
    private static String storedProfile() {
        HttpResponse<String> created = server.send(server.request("/api/v1/profiles", "X-Api-Key",
                ServerSecurityTest.KEY, "Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(
                ProfileWriter.yaml(Profiles.profile("x", List.of(Profiles.IMAGE_TWICE), List.of(Profiles.SUNDAY_EVENING))))));
        return json(created).get("id").asText();
    }

    @Test
    void profileResponsesConformToTheirSchemas() {
        String key = ServerSecurityTest.KEY;
        String id = storedProfile();
        conforms("GET", "/api/v1/profiles/{id}", server.get("/api/v1/profiles/" + id, "X-Api-Key", key));
        conforms("GET", "/api/v1/profiles/{id}", server.get("/api/v1/profiles/nothing", "X-Api-Key", key));
        conforms("POST", "/api/v1/profiles", server.postJson("/api/v1/profiles", "{\"version\": 3}", "X-Api-Key", key));
        conforms("POST", "/api/v1/analyze", server.postJson("/api/v1/analyze", "{\"text\": \"Venez !\", "
                + "\"profile\": \"" + id + "\"}", "X-Api-Key", key));
    }

    /** Finds the documented response for this status and content type, and checks the body against it. */
    private static void conforms(String method, String path, HttpResponse<String> response) {
        PathItem item = api.getPaths().get(path);
        assertThat(item).as(path).isNotNull();
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        ApiResponse documented = operation.getResponses().get(Integer.toString(response.statusCode()));
        assertThat(documented).as(method + " " + path + " documents status " + response.statusCode()).isNotNull();
        if (documented.get$ref() != null) {
            String name = documented.get$ref().substring(documented.get$ref().lastIndexOf('/') + 1);
            documented = api.getComponents().getResponses().get(name);
        }
        String type = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
        assertThat(documented.getContent()).as(method + " " + path + " " + response.statusCode()).containsKey(type);
        Schema<?> schema = documented.getContent().get(type).getSchema();
        List<String> violations = new ArrayList<>(schemas.violations(schema, json(response)));
        assertThat(violations).as(method + " " + path + " " + response.statusCode() + ": " + response.body())
                .isEmpty();
    }
}
