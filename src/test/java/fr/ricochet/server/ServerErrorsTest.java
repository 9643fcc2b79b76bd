package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error is an RFC 9457 problem+json body, in the client's language, never a stack trace. */
class ServerErrorsTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).startsWith("https://ricochet.fr/problems/");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    @Test
    void malformedJsonIs400() {
        JsonNode body = problem(server.postJson("/api/v1/analyze", "{\"text\": ", "Accept-Language", "en"), 400);
        assertThat(body.get("type").asText()).endsWith("/malformed-json");
        assertThat(body.get("title").asText()).isEqualTo("Malformed JSON");
    }

    @Test
    void invalidFieldsAre400NamingEachFieldInTheClientsLanguage() {
        String request = "{\"text\": \"Bonjour\", \"networks\": [\"x\", \"myspace\"], \"audience\": \"teens\"}";
        JsonNode english = problem(server.postJson("/api/v1/analyze", request, "Accept-Language", "en"), 400);
        assertThat(english.get("errors").findValuesAsText("field")).containsExactly("networks[1]", "audience");
        assertThat(english.get("errors").get(0).get("message").asText()).contains("is not a known network");
        JsonNode french = problem(server.postJson("/api/v1/analyze", request), 400);
        assertThat(french.get("title").asText()).isEqualTo("Requête invalide");
        assertThat(french.get("errors").get(0).get("message").asText()).contains("n'est pas un réseau connu");
    }

    @Test
    void aBodyOver64KibIs413() {
        String request = "{\"text\": \"" + "a".repeat(70_000) + "\"}";
        JsonNode body = problem(server.postJson("/api/v1/analyze", request), 413);
        assertThat(body.get("type").asText()).endsWith("/too-large");
    }

    @Test
    void aTextOver10000CharactersIs413NamingTheField() {
        String request = "{\"text\": \"" + "é".repeat(10_001) + "\"}";
        JsonNode body = problem(server.postJson("/api/v1/analyze", request, "Accept-Language", "en"), 413);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(body.get("errors").get(0).get("message").asText()).contains("10001");
    }

    @Test
    void aWrongContentTypeIs415() {
        HttpResponse<String> response = server.send(server.request("/api/v1/analyze")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"a\"}")));
        assertThat(problem(response, 415).get("detail").asText()).contains("application/json");
        assertThat(problem(server.postForm("/api/v1/analyze", Map.of("text", "a")), 415)).isNotNull();
    }

    @Test
    void aBodyThatIsNotAnObjectSaysWhatIsExpected() {
        JsonNode body = problem(server.postJson("/api/v1/analyze", "[]", "Accept-Language", "en"), 400);
        assertThat(body.get("detail").asText()).contains("JSON object").contains("\"text\"");
    }

    @Test
    void anUnknownCharsetIs415RatherThanAFailure() {
        for (String path : new String[] {"/api/v1/analyze", "/v2/check"}) {
            String type = path.startsWith("/v2") ? "application/x-www-form-urlencoded; charset=foo"
                    : "application/json; charset=foo";
            String body = path.startsWith("/v2") ? "text=Bonjour&language=fr" : "{\"text\": \"Bonjour\"}";
            HttpResponse<String> response = server.send(server.request(path).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(problem(response, 415).get("detail").asText()).contains("charset=foo");
        }
    }

    @Test
    void aPlannedTimeCenturiesAwayIsAFieldErrorAndABatchKeepsItsOtherItems() {
        String far = "+999999999-12-31T23:59:59+18:00";
        JsonNode body = problem(server.postJson("/api/v1/analyze", "{\"text\": \"hi\", \"scheduledAt\": \"" + far + "\"}",
                "Accept-Language", "en"), 400);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("scheduledAt");
        assertThat(body.get("errors").get(0).get("message").asText()).contains("out of range");
        HttpResponse<String> batch = server.postJson("/api/v1/analyze/batch", "{\"requests\": [{\"text\": \"a\", "
                + "\"scheduledAt\": \"" + far + "\"}, {\"text\": \"Bonjour à tous\"}]}");
        assertThat(batch.statusCode()).isEqualTo(200);
        JsonNode results = json(batch).get("results");
        assertThat(results.get(0).get("error").get("status").asInt()).isEqualTo(400);
        assertThat(results.get(1).get("score").asInt()).isBetween(0, 100);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertThat(problem(server.get("/api/v1/nothing"), 404).get("instance").asText()).isEqualTo("/api/v1/nothing");
        HttpResponse<String> wrongMethod = server.send(server.request("/api/v1/analyze").GET());
        assertThat(problem(wrongMethod, 405).get("type").asText()).endsWith("/method-not-allowed");
        assertThat(problem(server.send(server.request("/api/v1/rules").DELETE()), 405)).isNotNull();
    }

    @Test
    void anAnalysisThatMissesItsDeadlineIs503() {
        try (TestServer strict = TestServer.start(Map.of("RICOCHET_REQUEST_TIMEOUT_MS", "1"))) {
            String draft = "{\"text\": \"" + "Venez nombreux à la médiathèque jeudi soir ! ".repeat(40) + "\"}";
            String batch = "{\"requests\": [" + (draft + ",").repeat(99) + draft + "]}";
            JsonNode body = problem(strict.postJson("/api/v1/analyze/batch", batch, "Accept-Language", "en"), 503);
            assertThat(body.get("detail").asText()).contains("did not finish within 1 ms");
        }
    }
}
