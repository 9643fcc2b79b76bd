package fr.ricochet.server;

import static fr.ricochet.server.TestServer.ADVISOR;
import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerEndpointsTest {

    static final String DRAFT = "{\"text\": \"Conférence jeudi 18h à la médiathèque : « Les réseaux sociaux, avec ou "
            + "sans humains ». Entrée libre, venez nombreux ! #Médiation\", \"networks\": [\"x\", \"linkedin\"], "
            + "\"scheduledAt\": \"2026-12-01T03:00:00+01:00\", \"id\": \"d-1\"}";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysReadyWithVersionAndLanguages() {
        HttpResponse<String> response = server.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("ok");
        assertThat(json(response).get("version").asText()).isEqualTo("test");
        assertThat(json(response).get("languages").toString()).isEqualTo("[\"fr\",\"en\"]");
    }

    @Test
    void analyzeAnswersExactlyTheReportOfTheEngine() throws Exception {
        HttpResponse<String> response = server.postJson("/api/v1/analyze", DRAFT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json").containsIgnoringCase("utf-8"));
        JsonNode expected = ReportJson.mapper().valueToTree(
                ADVISOR.analyze(ADVISOR.reader().read(ReportJson.mapper().readTree(DRAFT))));
        assertThat(json(response)).isEqualTo(expected);
        assertThat(json(response).get("id").asText()).isEqualTo("d-1");
        assertThat(json(response).get("findings")).isNotEmpty();
    }

    @Test
    void batchAnswersInOrderAndOneBadItemDoesNotFailTheOthers() {
        String body = "{\"requests\": [" + DRAFT + ", {\"id\": 7, \"text\": \"\", \"networks\": [\"myspace\"]}, "
                + "{\"text\": \"Hello everyone, our annual report is out today with twelve key figures.\"}]}";
        HttpResponse<String> response = server.postJson("/api/v1/analyze/batch", body, "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json(response).get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("id").asText()).isEqualTo("d-1");
        assertThat(results.get(0).has("score")).isTrue();
        JsonNode error = results.get(1);
        assertThat(error.get("id").asInt()).isEqualTo(7);
        assertThat(error.get("index").asInt()).isEqualTo(1);
        assertThat(error.get("error").get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").get("errors").findValuesAsText("field")).containsExactly("text", "networks[0]");
        assertThat(results.get(2).get("language").get("code").asText()).isEqualTo("en");
    }

    @Test
    void batchRefusesMoreThanAHundredRequests() {
        String body = "{\"requests\": [" + (DRAFT + ",").repeat(100) + DRAFT + "]}";
        HttpResponse<String> response = server.postJson("/api/v1/analyze/batch", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("requests");
    }

    @Test
    void rulesListTheTipsInTheLanguageAsked() {
        JsonNode french = json(server.get("/api/v1/rules"));
        JsonNode english = json(server.get("/api/v1/rules", "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"));
        JsonNode byQuery = json(server.get("/api/v1/rules?lang=en", "Accept-Language", "fr"));
        assertThat(french.get("language").asText()).isEqualTo("fr");
        assertThat(english.get("language").asText()).isEqualTo("en");
        assertThat(byQuery).isEqualTo(english);
        JsonNode hashtags = french.get("tips").findParents("id").stream()
                .filter(t -> t.get("id").asText().equals("hashtags")).findFirst().orElseThrow();
        assertThat(hashtags.get("weight").asInt()).isPositive();
        assertThat(hashtags.get("evidence")).isNotEmpty();
        assertThat(hashtags.get("title").asText())
                .isEqualTo(ADVISOR.rules().tips().stream().filter(t -> t.id().equals("hashtags")).findFirst()
                        .orElseThrow().title().fr());
        assertThat(french.get("tips")).hasSize(ADVISOR.rules().tips().size());
    }

    @Test
    void networksGiveLimitsCountingSweetSpotsAndWindows() {
        JsonNode networks = json(server.get("/api/v1/networks?lang=en")).get("networks");
        assertThat(networks).hasSize(7);
        JsonNode x = networks.findParents("id").stream().filter(n -> n.get("id").asText().equals("x"))
                .findFirst().orElseThrow();
        assertThat(x.get("limit").asInt()).isEqualTo(280);
        assertThat(x.get("counting").asText()).isEqualTo("twitter-text");
        assertThat(x.get("hashtagSweetSpot").get("max").asInt()).isEqualTo(2);
        assertThat(x.get("windows").get("general").get(0).get("days").toString()).contains("tue");
        assertThat(x.get("windowsNote").asText()).startsWith("Studies disagree");
    }

    @Test
    void metricsExposeRequestsAnalysisTimeAndTheJvm() {
        server.postJson("/api/v1/analyze", DRAFT);
        HttpResponse<String> response = server.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("http_server_requests_seconds_bucket{method=\"POST\",status=\"200\",uri=\"/api/v1/analyze\"")
                .contains("ricochet_analysis_seconds_count")
                .contains("jvm_memory_used_bytes");
    }
}
