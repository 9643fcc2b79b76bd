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

    /**
     * Each finding is one match, sorted by offset: a fix's span with its value, a finding's own span, or for a
     * finding about the whole post (no span) a hint on the words it is about; never an empty span.
     */
    @Test
    void eachFindingBecomesOneNonEmptyMatchSortedByOffset() {
        JsonNode answer = json(server.postForm("/v2/check", Map.of("text", DRAFT, "language", "fr")));
        JsonNode report = json(server.postJson("/api/v1/analyze", "{\"text\": \"" + DRAFT + "\", \"language\": \"fr\"}"));
        JsonNode matches = answer.get("matches");
        assertThat(matches).hasSize(report.get("findings").size());
        int previous = 0;
        for (JsonNode match : matches) {
            assertThat(match.get("offset").asInt()).isGreaterThanOrEqualTo(previous);
            assertThat(match.get("length").asInt()).isPositive();
            assertThat(match.get("replacements").isArray()).isTrue();
            previous = match.get("offset").asInt();
        }
        int withReplacement = 0;
        int hints = 0;
        for (JsonNode finding : report.get("findings")) {
            JsonNode match = matchOf(matches, finding);
            JsonNode fix = finding.get("suggestions").findValue("replacement");
            if (fix != null && fix.get("length").asInt() > 0) {
                withReplacement++;
                assertThat(match.get("offset").asInt()).isEqualTo(fix.get("offset").asInt());
                assertThat(match.get("length").asInt()).isEqualTo(fix.get("length").asInt());
                assertThat(match.at("/replacements/0/value").asText()).isEqualTo(fix.get("value").asText());
            } else if (fix == null && finding.get("length").asInt() > 0) {
                assertThat(match.get("offset").asInt()).isEqualTo(finding.get("offset").asInt());
                assertThat(match.get("length").asInt()).isEqualTo(finding.get("length").asInt());
            } else if (fix == null && finding.get("offset").asInt() == 0) {
                hints++;
                assertThat(match.at("/type/typeName").asText()).isEqualTo("Hint");
            }
            JsonNode context = match.get("context");
            String shown = context.get("text").asText().substring(context.get("offset").asInt(),
                    context.get("offset").asInt() + context.get("length").asInt());
            assertThat(shown).isEqualTo(DRAFT.substring(match.get("offset").asInt(),
                    match.get("offset").asInt() + match.get("length").asInt()));
        }
        assertThat(withReplacement).isPositive();
        assertThat(hints).isPositive();
        assertThat(answer.get("ricochet").get("score").asInt()).isEqualTo(report.get("score").asInt());
    }

    /** An insertion covers the word it is glued to, which its replacement keeps, so accepting it inserts. */
    @Test
    void anInsertionCoversTheWordBeforeItAndKeepsIt() {
        String text = "Venez nombreux jeudi à la médiathèque ! Il y aura des livres, des jeux et du café.";
        JsonNode answer = json(server.postForm("/v2/check", Map.of("text", text, "language", "fr")));
        JsonNode report = json(server.postJson("/api/v1/analyze", "{\"text\": \"" + text + "\", \"language\": \"fr\"}"));
        int insertions = 0;
        for (JsonNode finding : report.get("findings")) {
            JsonNode fix = finding.get("suggestions").findValue("replacement");
            if (fix == null || fix.get("length").asInt() > 0) {
                continue;
            }
            insertions++;
            JsonNode match = matchOf(answer.get("matches"), finding);
            int offset = match.get("offset").asInt();
            int end = offset + match.get("length").asInt();
            String applied = text.substring(0, offset) + match.at("/replacements/0/value").asText() + text.substring(end);
            int at = fix.get("offset").asInt();
            assertThat(applied).isEqualTo(text.substring(0, at) + fix.get("value").asText() + text.substring(at));
        }
        assertThat(insertions).isPositive();
    }

    private static JsonNode matchOf(JsonNode matches, JsonNode finding) {
        for (JsonNode match : matches) {
            if (match.get("message").asText().equals(finding.get("message").asText())
                    && match.at("/rule/subId").asText().equals(finding.get("code").asText())) {
                return match;
            }
        }
        throw new AssertionError("no match for " + finding);
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

    /** French sent as English is still detected as French, with LanguageTool's confidence and source. */
    @Test
    void theDetectedLanguageIsReadFromTheTextWhateverTheRequestSays() {
        JsonNode answer = json(server.postForm("/v2/check", Map.of("text", "Venez découvrir notre nouvelle exposition"
                + " consacrée aux peintres impressionnistes, à partir du 3 mars.", "language", "en")));
        assertThat(answer.at("/language/code").asText()).isEqualTo("en");
        JsonNode detected = answer.at("/language/detectedLanguage");
        assertThat(detected.get("code").asText()).isEqualTo("fr");
        assertThat(detected.get("name").asText()).isEqualTo("French");
        assertThat(detected.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(detected.get("source").asText()).isEqualTo("ngram");
        JsonNode english = json(server.postForm("/v2/check", Map.of("text", "Come and see our new exhibition"
                + " dedicated to the impressionist painters, opening on March 3rd.", "language", "fr-FR")));
        assertThat(english.at("/language/code").asText()).isEqualTo("fr");
        assertThat(english.at("/language/name").asText()).isEqualTo("French");
        assertThat(english.at("/language/detectedLanguage/code").asText()).isEqualTo("en-US");
        JsonNode tooShort = json(server.postForm("/v2/check", Map.of("text", "Salut", "language", "en-GB")));
        assertThat(tooShort.at("/language/detectedLanguage/source").asText()).isEqualTo("+fallback");
        assertThat(tooShort.at("/language/detectedLanguage/code").asText()).isEqualTo("en-US");
    }

    @Test
    void getTakesTheSameParametersInTheQueryAndAnEmptyTextHasNoMatch() {
        JsonNode got = json(server.get("/v2/check?language=fr&text=" + java.net.URLEncoder.encode(DRAFT,
                java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode posted = json(server.postForm("/v2/check", Map.of("text", DRAFT, "language", "fr")));
        assertThat(got.get("matches")).isEqualTo(posted.get("matches"));
        assertThat(got.get("sentenceRanges")).isEqualTo(posted.get("sentenceRanges")).isNotEmpty();
        for (HttpResponse<String> empty : java.util.List.of(server.get("/v2/check?language=fr&text="),
                server.postForm("/v2/check", Map.of("text", "", "language", "auto")),
                server.postForm("/v2/check", Map.of("data", "{\"annotation\": [{\"markup\": \"<p></p>\"}]}",
                        "language", "en-US")))) {
            assertThat(empty.statusCode()).isEqualTo(200);
            JsonNode answer = json(empty);
            assertThat(answer.get("matches")).isEmpty();
            assertThat(answer.get("sentenceRanges")).isEmpty();
            assertThat(answer.at("/language/detectedLanguage/confidence").asDouble()).isZero();
            assertThat(answer.at("/language/detectedLanguage/source").isNull()).isTrue();
        }
        JsonNode badNetwork = ServerErrorsTest.problem(server.get("/v2/check?language=fr&text=&networks=myspace"), 400);
        assertThat(badNetwork.at("/errors/0/field").asText()).startsWith("networks");
    }

    /** annotatedtext-rehype puts an offset object in every piece; LanguageTool ignores such keys, so does Ricochet. */
    @Test
    void piecesMayCarryKeysOfTheirOwn() {
        String data = "{\"annotation\": [{\"interpretAs\": \"\", \"markup\": \"<p>\", \"offset\": {\"end\": 3, \"start\": 0}},"
                + " {\"offset\": {\"end\": 22, \"start\": 3}, \"text\": \"Venez jeudi à 18 h !\"},"
                + " {\"markup\": \"</p>\", \"interpretAs\": null, \"offset\": {\"end\": 26, \"start\": 22}}]}";
        HttpResponse<String> response = server.postForm("/v2/check", Map.of("data", data, "language", "fr"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("sentenceRanges").get(0).get(0).asInt()).isEqualTo(3);
        JsonNode plain = json(server.postForm("/v2/check", Map.of("data", "{\"text\": \"Venez jeudi !\","
                + " \"metaData\": {\"EmailToAddress\": \"a@example.org\"}}", "language", "fr")));
        assertThat(plain.get("sentenceRanges").get(0).get(1).asInt()).isEqualTo("Venez jeudi !".length());
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
                "{\"annotation\": [{\"text\": \"Bonjour\"}, {\"markup\": 3}, {\"text\": \"a\", \"markup\": \"<b>\"},"
                        + " {\"text\": \"a\", \"interpretAs\": \" \"}, \"texte\", {\"offset\": {\"start\": 0}}]}",
                "language", "fr"), "Accept-Language", "en"), 400);
        assertThat(badPiece.get("errors").findValuesAsText("field")).containsExactly("data.annotation[1].markup",
                "data.annotation[2]", "data.annotation[3]", "data.annotation[4]", "data.annotation[5]");
        assertThat(badPiece.at("/errors/0/message").asText()).contains("must be a string");
        assertThat(badPiece.at("/errors/1/message").asText()).contains("{\"text\": string}", "\"markup\"",
                "interpretAs");
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
