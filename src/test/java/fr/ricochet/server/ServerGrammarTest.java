package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spelling and grammar through the API: the report, batches, /v2/check as LanguageTool's clients read it, /health. */
class ServerGrammarTest {

    private static final String MISTAKES = "Les enfant sont invités a participer à l'atelier de samedi ! #Lyon";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(), TestEngine.withGrammar());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<JsonNode> languageFindings(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asText().equals("language")) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void aSingleDraftIsCheckedAndEachFindingNamesLanguageToolsRule() {
        JsonNode report = TestServer.json(server.postJson("/api/v1/analyze", "{\"text\": \"" + MISTAKES + "\"}"));
        assertThat(report.path("facts").path("grammar").asText()).isEqualTo("checked");
        assertThat(languageFindings(report)).anySatisfy(f -> {
            assertThat(f.path("code").asText()).isEqualTo("D_N");
            assertThat(f.path("languageTool").path("category").asText()).isEqualTo("AGREEMENT");
            assertThat(f.path("languageTool").path("issueType").asText()).isNotBlank();
        });
    }

    @Test
    void batchItemsAreNotCheckedUnlessTheyAsk() {
        JsonNode answer = TestServer.json(server.postJson("/api/v1/analyze/batch",
                "{\"requests\": [{\"text\": \"" + MISTAKES + "\"}, {\"text\": \"" + MISTAKES + "\", \"grammar\": true}]}"));
        JsonNode items = answer.path("results");
        assertThat(items.get(0).path("facts").path("grammar").asText()).isEqualTo("not-asked");
        assertThat(languageFindings(items.get(0))).isEmpty();
        assertThat(items.get(1).path("facts").path("grammar").asText()).isEqualTo("checked");
        assertThat(languageFindings(items.get(1))).isNotEmpty();
    }

    @Test
    void aGrammarFieldThatIsNotABooleanIsRefusedSayingWhatIsAllowed() {
        HttpResponse<String> response = server.postJson("/api/v1/analyze", "{\"text\": \"Bonjour\", \"grammar\": \"yes\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("grammar").contains("true, false");
    }

    @Test
    void v2CheckGivesLanguageToolsRulesAndCategoriesAndRicochetsOwnAsSocialMedia() {
        JsonNode answer = TestServer.json(server.postForm("/v2/check", Map.of("text", MISTAKES, "language", "fr")));
        List<String> rules = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        answer.path("matches").forEach(m -> {
            rules.add(m.path("rule").path("id").asText());
            categories.add(m.path("rule").path("category").path("id").asText());
        });
        assertThat(rules).contains("D_N", "A_INFINITIF");
        assertThat(categories).contains("AGREEMENT", "SOCIAL_MEDIA");
        assertThat(answer.path("matches")).anySatisfy(m -> {
            assertThat(m.path("rule").path("id").asText()).isEqualTo("D_N");
            assertThat(m.path("replacements").get(0).path("value").asText()).isNotBlank();
        });
    }

    @Test
    void v2CheckLeavesOutTheRulesAndCategoriesTheClientTurnedOff() {
        JsonNode answer = TestServer.json(server.postForm("/v2/check", Map.of("text", MISTAKES, "language", "fr",
                "disabledRules", "D_N,A_INFINITIF", "disabledCategories", "SOCIAL_MEDIA")));
        answer.path("matches").forEach(m -> {
            assertThat(m.path("rule").path("id").asText()).isNotIn("D_N", "A_INFINITIF");
            assertThat(m.path("rule").path("category").path("id").asText()).isNotEqualTo("SOCIAL_MEDIA");
        });
    }

    @Test
    void healthSaysWhetherSpellingAndGrammarAreReady() {
        assertThat(TestServer.json(server.get("/health")).path("grammar").asText()).isEqualTo("ready");
        try (TestServer without = TestServer.start()) {
            assertThat(TestServer.json(without.get("/health")).path("grammar").asText()).isEqualTo("off");
            JsonNode report = TestServer.json(without.postJson("/api/v1/analyze", "{\"text\": \"" + MISTAKES + "\"}"));
            assertThat(report.path("facts").path("grammar").asText()).isEqualTo("off");
        }
    }
}
