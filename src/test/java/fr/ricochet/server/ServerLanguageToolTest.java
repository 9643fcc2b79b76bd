package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v2/check answers in the shape LanguageTool documents, so its editor plugins can use Ricochet. */
class ServerLanguageToolTest {

    static final String DRAFT = "Découvrez nos 5 astuces pour des tweets plus efficaces 👉 https://exemple.fr/astuces "
            + "#Twitter #CommunityManagement #Astuces #Marketing #SocialMedia";

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
    void theAnswerHasEveryFieldOfLanguageToolsShapeWithTheSameTypes() throws Exception {
        JsonNode documented;
        try (InputStream in = getClass().getResourceAsStream("/languagetool/check-response-shape.json")) {
            documented = ReportJson.mapper().readTree(in);
        }
        HttpResponse<String> response = server.postForm("/v2/check", Map.of("text", DRAFT, "language", "fr-FR"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.get("matches")).isNotEmpty();
        sameShape(documented, answer, "$");
    }

    @Test
    void eachFindingBecomesOneMatchAtTheSameSpan() {
        JsonNode answer = json(server.postForm("/v2/check", Map.of("text", DRAFT, "language", "fr")));
        JsonNode report = json(server.postJson("/api/v1/analyze", "{\"text\": \"" + DRAFT + "\", \"language\": \"fr\"}"));
        assertThat(answer.get("matches")).hasSize(report.get("findings").size());
        int withReplacement = 0;
        for (int i = 0; i < report.get("findings").size(); i++) {
            JsonNode finding = report.get("findings").get(i);
            JsonNode match = answer.get("matches").get(i);
            JsonNode fix = finding.get("suggestions").findValue("replacement");
            JsonNode span = fix != null ? fix : finding;
            assertThat(match.get("offset").asInt()).isEqualTo(span.get("offset").asInt());
            assertThat(match.get("length").asInt()).isEqualTo(span.get("length").asInt());
            assertThat(match.get("message").asText()).isEqualTo(finding.get("message").asText());
            assertThat(match.get("rule").get("subId").asText()).isEqualTo(finding.get("code").asText());
            if (fix != null) {
                withReplacement++;
                assertThat(match.get("replacements").get(0).get("value").asText()).isEqualTo(fix.get("value").asText());
            }
            JsonNode context = match.get("context");
            String shown = context.get("text").asText().substring(context.get("offset").asInt(),
                    context.get("offset").asInt() + context.get("length").asInt());
            assertThat(shown).isEqualTo(DRAFT.substring(span.get("offset").asInt(),
                    span.get("offset").asInt() + span.get("length").asInt()));
        }
        assertThat(withReplacement).isPositive();
        assertThat(answer.get("ricochet").get("score").asInt()).isEqualTo(report.get("score").asInt());
    }

    @Test
    void languageToolCodesMapToRicochetsLanguages() {
        JsonNode english = json(server.postForm("/v2/check", Map.of("text",
                "Our annual report is out today: twelve key figures on how you read.", "language", "en-US")));
        assertThat(english.get("language").get("code").asText()).isEqualTo("en-US");
        assertThat(english.get("language").get("name").asText()).isEqualTo("English (US)");
        JsonNode auto = json(server.postForm("/v2/check", Map.of("text", DRAFT, "language", "auto")));
        assertThat(auto.get("language").get("code").asText()).isEqualTo("fr");
        assertThat(auto.get("language").get("detectedLanguage").get("code").asText()).isEqualTo("fr");
        JsonNode german = ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("text", "Hallo",
                "language", "de-DE"), "Accept-Language", "en"), 400);
        assertThat(german.get("errors").get(0).get("field").asText()).isEqualTo("language");
        assertThat(ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("text", "Hallo")), 400)
                .get("errors").get(0).get("field").asText()).isEqualTo("language");
    }

    /**
     * An editor sends its HTML as LanguageTool's annotated text: Ricochet reads the words, with a paragraph break
     * where the markup says so, and points its matches at the same words in the HTML.
     */
    @Test
    void annotatedTextIsAnalysedAsItsPlainTextAndMatchesPointIntoTheMarkup() {
        String opening = "Découvrez nos 5 astuces pour des tweets plus efficaces 👉 https://exemple.fr/astuces";
        String tags = "#Twitter #CommunityManagement #Astuces #Marketing #SocialMedia";
        String data = "{\"annotation\": [{\"markup\": \"<p>\"}, {\"text\": \"" + opening + "\"},"
                + " {\"markup\": \"</p><p>\", \"interpretAs\": \"\\n\\n\"}, {\"text\": \"" + tags + "\"},"
                + " {\"markup\": \"</p>\"}]}";
        String html = "<p>" + opening + "</p><p>" + tags + "</p>";
        String plain = opening + "\n\n" + tags;
        JsonNode annotated = json(server.postForm("/v2/check", Map.of("data", data, "language", "fr")));
        JsonNode asText = json(server.postForm("/v2/check", Map.of("text", plain, "language", "fr")));
        assertThat(annotated.get("matches")).hasSize(asText.get("matches").size()).isNotEmpty();
        int spans = 0;
        for (int i = 0; i < asText.get("matches").size(); i++) {
            JsonNode inHtml = annotated.get("matches").get(i);
            JsonNode inPlain = asText.get("matches").get(i);
            int offset = inPlain.get("offset").asInt();
            int length = inPlain.get("length").asInt();
            assertThat(inHtml.get("message").asText()).isEqualTo(inPlain.get("message").asText());
            if (length > 0 && !plain.substring(offset, offset + length).contains("\n")) {
                spans++;
                int shift = offset < opening.length() ? "<p>".length() : "<p></p><p>".length() - "\n\n".length();
                assertThat(inHtml.get("offset").asInt()).isEqualTo(offset + shift);
                assertThat(html.substring(inHtml.get("offset").asInt(), inHtml.get("offset").asInt()
                        + inHtml.get("length").asInt())).isEqualTo(plain.substring(offset, offset + length));
            }
        }
        assertThat(spans).isPositive();
    }

    /** Accepting a fix replaces the match's span: one that holds markup comes without a fix, so no tag is lost. */
    @Test
    void aMatchOverMarkupOffersNoReplacement() {
        String data = "{\"annotation\": [{\"text\": \"Venez nombreux jeudi à la médiathèque !!\"}, {\"markup\": \"<b>\"},"
                + " {\"text\": \"!\"}, {\"markup\": \"</b>\"}]}";
        JsonNode annotated = json(server.postForm("/v2/check", Map.of("data", data, "language", "fr")));
        JsonNode plain = json(server.postForm("/v2/check", Map.of("text", "Venez nombreux jeudi à la médiathèque !!!",
                "language", "fr")));
        JsonNode withFix = plain.get("matches").get(findIndex(plain, "READABILITY"));
        JsonNode withoutFix = annotated.get("matches").get(findIndex(annotated, "READABILITY"));
        assertThat(withFix.get("replacements")).hasSize(1);
        assertThat(withoutFix.get("length").asInt()).isEqualTo("!!<b>!".length());
        assertThat(withoutFix.get("replacements")).isEmpty();
    }

    private static int findIndex(JsonNode answer, String ruleId) {
        for (int i = 0; i < answer.get("matches").size(); i++) {
            if (answer.get("matches").get(i).at("/rule/id").asText().equals(ruleId)) {
                return i;
            }
        }
        throw new AssertionError(ruleId + " not in " + answer);
    }

    @Test
    void badAnnotatedTextIsRefusedNamingThePiece() {
        JsonNode notJson = ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("data", "<p>Bonjour</p>",
                "language", "fr"), "Accept-Language", "en"), 400);
        assertThat(notJson.at("/errors/0/field").asText()).isEqualTo("data");
        assertThat(notJson.at("/errors/0/message").asText()).contains("not valid JSON", "annotation");
        JsonNode badPiece = ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("data",
                "{\"annotation\": [{\"text\": \"Bonjour\"}, {\"markup\": 3}, {\"text\": \"a\", \"bold\": true}]}",
                "language", "fr")), 400);
        assertThat(badPiece.get("errors").findValuesAsText("field"))
                .containsExactly("data.annotation[1]", "data.annotation[2]");
        JsonNode both = ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("text", "Bonjour",
                "data", "{\"annotation\": []}", "language", "fr")), 400);
        assertThat(both.at("/errors/0/field").asText()).isEqualTo("data");
        JsonNode neither = ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("language", "xx")), 400);
        assertThat(neither.get("errors").findValuesAsText("field")).containsExactly("language", "text");
    }

    @Test
    void aJsonBodyIs415AndALongTextIs413() {
        ServerErrorsTest.problem(server.postJson("/v2/check", "{\"text\": \"a\", \"language\": \"fr\"}"), 415);
        ServerErrorsTest.problem(server.postForm("/v2/check", Map.of("text", "a".repeat(10_001), "language", "fr")),
                413);
        // 9,000 emoji weigh 108 KB once url-encoded, more than a JSON body may, and are still a valid draft.
        assertThat(server.postForm("/v2/check", Map.of("text", "🙂".repeat(9_000), "language", "fr")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void languagesListsFrenchAndEnglishVariants() {
        JsonNode languages = json(server.get("/v2/languages"));
        assertThat(languages.findValuesAsText("longCode")).contains("fr", "fr-FR", "fr-CA", "en", "en-US", "en-GB");
        assertThat(languages.get(0).fieldNames()).toIterable().containsExactly("name", "code", "longCode");
    }

    /** Every key of the documented shape is in the answer, with the same JSON type, recursively. */
    private static void sameShape(JsonNode documented, JsonNode actual, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = documented.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("_")) {
                continue;
            }
            String at = path + "." + field.getKey();
            assertThat(actual.has(field.getKey())).as(at + " is present").isTrue();
            JsonNode expected = field.getValue();
            JsonNode value = actual.get(field.getKey());
            assertThat(value.getNodeType()).as(at + " type").isEqualTo(expected.getNodeType());
            if (expected.isObject()) {
                sameShape(expected, value, at);
            } else if (expected.isArray() && !expected.isEmpty() && !value.isEmpty()) {
                for (JsonNode item : value) {
                    sameShape(expected.get(0), item, at + "[]");
                }
            }
        }
    }
}
