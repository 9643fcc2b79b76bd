package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ricochet's /v2/check next to LanguageTool 6.6's own server, on the same 30 drafts and 10 annotated documents (built
 * by annotatedtext-rehype from HTML pages, see src/test/languagetool-fixtures): the answers are compared field by
 * field, their rule ids and messages aside (the two find different things by design).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LanguageToolParityTest {

    static final int DRAFTS = 30;
    static final List<String> PAGES = List.of("01-evenement", "02-astuces", "03-liste", "04-merci", "05-citation",
            "06-promo", "07-report", "08-library", "09-offre", "10-hiring");
    /** The language each page is checked in, as an editor set to it would send. */
    static final List<String> PAGE_LANGUAGES = List.of("fr", "fr-FR", "fr", "fr-CA", "fr", "auto", "en-US", "en",
            "fr-BE", "auto");

    /** Keys LanguageTool answers that Ricochet leaves out, each for a reason given in the README. */
    static final Set<String> LANGUAGETOOL_ONLY = Set.of(
            "$.software.premiumHint", // an advertisement for LanguageTool's paid plan
            "$.matches[].rule.urls", "$.matches[].rule.urls[]", "$.matches[].rule.urls[].value", // some rules only
            "$.matches[].rule.sourceFile", // which of LanguageTool's rule files holds the rule
            "$.matches[].replacements[].shortDescription"); // some spelling suggestions only
    /** Ricochet's own: the score, which LanguageTool clients ignore. */
    static final String RICOCHET_ONLY = "$.ricochet";

    record Document(String name, Map<String, String> params, String original) {
    }

    record Answers(Document document, JsonNode languageTool, JsonNode ricochet) {
    }

    static LanguageToolReference languageTool;
    static TestServer ricochet;
    static List<Answers> answers = new ArrayList<>();

    @BeforeAll
    static void checkEveryDocumentWithBoth() {
        languageTool = LanguageToolReference.start();
        ricochet = TestServer.start();
        for (Document document : documents()) {
            HttpResponse<String> theirs = languageTool.postForm("/v2/check", document.params());
            HttpResponse<String> ours = ricochet.postForm("/v2/check", document.params());
            assertThat(theirs.statusCode()).as("LanguageTool on " + document.name() + ": " + theirs.body()).isEqualTo(200);
            assertThat(ours.statusCode()).as("Ricochet on " + document.name() + ": " + ours.body()).isEqualTo(200);
            answers.add(new Answers(document, json(theirs), json(ours)));
        }
    }

    @AfterAll
    static void stop() {
        if (ricochet != null) {
            ricochet.close();
        }
        if (languageTool != null) {
            languageTool.close();
        }
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        JsonNode drafts = resource("/languagetool/parity/drafts.json");
        assertThat(drafts).hasSize(DRAFTS);
        for (int i = 0; i < drafts.size(); i++) {
            String text = drafts.get(i).get("text").asText();
            documents.add(new Document("draft " + (i + 1), Map.of("text", text, "language",
                    drafts.get(i).get("language").asText()), text));
        }
        for (int i = 0; i < PAGES.size(); i++) {
            String page = PAGES.get(i);
            JsonNode data = resource("/languagetool/annotated/" + page + ".json");
            StringBuilder original = new StringBuilder();
            for (JsonNode piece : data.get("annotation")) {
                original.append(piece.has("text") ? piece.get("text").asText() : piece.get("markup").asText());
            }
            assertThat(original.toString()).as(page + " pieces end to end are the page")
                    .isEqualTo(text("/languagetool/annotated/" + page + ".html"));
            documents.add(new Document(page, Map.of("data", data.toString(), "language", PAGE_LANGUAGES.get(i)),
                    original.toString()));
        }
        return documents;
    }

    @Test
    void everyBlockButTheMatchesHasLanguageToolsKeysAndTypes() {
        for (Answers pair : answers) {
            Map<String, Set<String>> theirs = withoutMatches(JsonShape.of(pair.languageTool()));
            Map<String, Set<String>> ours = withoutMatches(JsonShape.of(pair.ricochet()));
            theirs.keySet().removeAll(LANGUAGETOOL_ONLY);
            ours.keySet().removeIf(path -> path.startsWith(RICOCHET_ONLY));
            // an empty list has no item paths on one side only: compare what both hold
            for (String path : new TreeSet<>(theirs.keySet())) {
                if (path.contains("[]") && !ours.containsKey(path) && emptyAt(pair.ricochet(), path)) {
                    theirs.remove(path);
                }
            }
            assertThat(ours).as(pair.document().name()).isEqualTo(theirs);
        }
    }

    @Test
    void everyMatchHasLanguageToolsKeysAndTypes() {
        Map<String, Set<String>> theirs = new TreeMap<>();
        Map<String, Set<String>> ours = new TreeMap<>();
        for (Answers pair : answers) {
            JsonShape.addAll(theirs, onlyMatches(JsonShape.of(pair.languageTool())));
            JsonShape.addAll(ours, onlyMatches(JsonShape.of(pair.ricochet())));
        }
        assertThat(theirs).isNotEmpty();
        theirs.keySet().removeAll(LANGUAGETOOL_ONLY);
        // LanguageTool gives a rule's subId for some rules only; Ricochet always names the message.
        theirs.computeIfAbsent("$.matches[].rule.subId", path -> new TreeSet<>(Set.of("string")));
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void softwareAndLanguageAreAnsweredAsLanguageToolDoes() {
        int sameLanguage = 0;
        for (Answers pair : answers) {
            String name = pair.document().name();
            assertThat(pair.ricochet().at("/software/apiVersion")).as(name)
                    .isEqualTo(pair.languageTool().at("/software/apiVersion"));
            JsonNode theirs = pair.languageTool().get("language");
            JsonNode ours = pair.ricochet().get("language");
            boolean auto = "auto".equals(pair.document().params().get("language"));
            if (!auto || theirs.at("/detectedLanguage/code").equals(ours.at("/detectedLanguage/code"))) {
                sameLanguage++;
                assertThat(ours.get("name")).as(name).isEqualTo(theirs.get("name"));
                assertThat(ours.get("code")).as(name).isEqualTo(theirs.get("code"));
            }
        }
        System.out.printf("language name and code: %d/%d the same%n", sameLanguage, answers.size());
        assertThat(sameLanguage).isGreaterThanOrEqualTo(answers.size() - 1);
    }

    /** LanguageTool's identifier and Ricochet's model mostly agree on the drafts long enough for a model to decide. */
    @Test
    void detectedLanguageIsTheSameWhereBothDecide() {
        int agree = 0;
        int decided = 0;
        double lowest = 1;
        List<String> differences = new ArrayList<>();
        for (Answers pair : answers) {
            JsonNode theirs = pair.languageTool().at("/language/detectedLanguage");
            JsonNode ours = pair.ricochet().at("/language/detectedLanguage");
            assertThat(ours.get("confidence").asDouble()).isBetween(0.0, 1.0);
            if (!"ngram".equals(ours.get("source").asText())) {
                continue;
            }
            decided++;
            lowest = Math.min(lowest, ours.get("confidence").asDouble());
            if (theirs.get("code").equals(ours.get("code"))) {
                agree++;
                assertThat(ours.get("name")).isEqualTo(theirs.get("name"));
            } else {
                differences.add(pair.document().name() + ": " + theirs.get("code") + " vs " + ours.get("code"));
            }
        }
        System.out.printf("detectedLanguage: %d/%d decided by Ricochet's model agree with LanguageTool %s;"
                + " Ricochet's lowest confidence %.2f%n", agree, decided, differences, lowest);
        // Differences: LanguageTool reads hashtags (#CommunityManagement: English) where Ricochet leaves them out,
        // and may answer a language Ricochet does not speak (Catalan for "RT si tu es d'accord").
        assertThat(decided).isGreaterThanOrEqualTo(answers.size() - 5);
        assertThat(agree).isGreaterThanOrEqualTo(decided * 9 / 10);
    }

    @Test
    void matchesAreSortedNonEmptyAndInsideTheDocumentAsLanguageToolsAre() {
        int matches = 0;
        int hints = 0;
        int replaced = 0;
        for (Answers pair : answers) {
            for (JsonNode match : pair.ricochet().get("matches")) {
                matches++;
                hints += "Hint".equals(match.at("/type/typeName").asText()) ? 1 : 0;
                replaced += match.get("replacements").isEmpty() ? 0 : 1;
            }
            for (JsonNode answer : List.of(pair.languageTool(), pair.ricochet())) {
                int previous = 0;
                for (JsonNode match : answer.get("matches")) {
                    int offset = match.get("offset").intValue();
                    int length = match.get("length").intValue();
                    assertThat(offset).as(pair.document().name()).isGreaterThanOrEqualTo(previous);
                    assertThat(length).as(pair.document().name()).isPositive();
                    assertThat(offset + length).isLessThanOrEqualTo(pair.document().original().length());
                    assertThat(match.get("replacements").isArray()).isTrue();
                    // the context shows the matched span of the document, markup included, as LanguageTool's does
                    JsonNode context = match.get("context");
                    int at = context.get("offset").intValue();
                    assertThat(context.get("text").asText().substring(at, at + context.get("length").intValue()))
                            .as(pair.document().name()).isEqualTo(pair.document().original().substring(offset,
                                    offset + length));
                    previous = offset;
                }
            }
        }
        System.out.printf("Ricochet's matches: %d, %d of them hints about the whole post, %d with a replacement%n",
                matches, hints, replaced);
        assertThat(matches).isPositive();
    }

    /**
     * On plain drafts the sentences are LanguageTool's but where its abbreviation list and ICU's differ ("Dr."). In
     * annotated documents they start at the same place; LanguageTool's end runs on into the markup after the
     * sentence (its position mapping), Ricochet's ends at the sentence's last character.
     */
    @Test
    void sentenceRangesAreLanguageTools() {
        int same = 0;
        int sameInDrafts = 0;
        List<String> differences = new ArrayList<>();
        for (Answers pair : answers) {
            JsonNode theirs = pair.languageTool().get("sentenceRanges");
            JsonNode ours = pair.ricochet().get("sentenceRanges");
            for (JsonNode range : ours) {
                assertThat(range).hasSize(2);
                assertThat(range.get(0).intValue()).isLessThan(range.get(1).intValue());
                assertThat(range.get(1).intValue()).isLessThanOrEqualTo(pair.document().original().length());
            }
            assertThat(pair.ricochet().get("extendedSentenceRanges")).hasSize(ours.size());
            if (theirs.equals(ours)) {
                same++;
                sameInDrafts += pair.document().params().containsKey("text") ? 1 : 0;
                continue;
            }
            differences.add(pair.document().name() + ": " + theirs + " vs " + ours);
            if (pair.document().params().containsKey("data")) {
                String original = pair.document().original();
                Set<Integer> markup = markupPositions(pair.document());
                assertThat(ours).as(pair.document().name()).hasSameSizeAs(theirs);
                for (int i = 0; i < ours.size(); i++) {
                    int end = ours.get(i).get(1).intValue();
                    assertThat(ours.get(i).get(0)).as(pair.document().name()).isEqualTo(theirs.get(i).get(0));
                    for (int at = end; at < theirs.get(i).get(1).intValue(); at++) {
                        assertThat(markup).as(pair.document().name() + " " + original.substring(end)).contains(at);
                    }
                }
            }
        }
        System.out.printf("sentenceRanges: %d/%d the same (%d/%d drafts)%n%s%n", same, answers.size(), sameInDrafts,
                DRAFTS, String.join("\n", differences));
        assertThat(sameInDrafts).isGreaterThanOrEqualTo(DRAFTS * 9 / 10);
    }

    /** Where the markup pieces of an annotated document lie in it. */
    private static Set<Integer> markupPositions(Document document) {
        Set<Integer> positions = new java.util.HashSet<>();
        int at = 0;
        for (JsonNode piece : ReportJson.mapper().valueToTree(resourceOf(document)).get("annotation")) {
            String part = piece.has("text") ? piece.get("text").asText() : piece.get("markup").asText();
            for (int i = 0; i < part.length(); i++, at++) {
                if (!piece.has("text")) {
                    positions.add(at);
                }
            }
        }
        return positions;
    }

    private static JsonNode resourceOf(Document document) {
        try {
            return ReportJson.mapper().readTree(document.params().get("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures are annotatedtext-rehype's output as it is, offset objects included, and both accept them. */
    @Test
    void annotatedtextRehypesDocumentsAreAcceptedAsTheyAre() {
        List<Answers> pages = answers.stream().filter(pair -> pair.document().params().containsKey("data")).toList();
        assertThat(pages).hasSize(PAGES.size());
        for (Answers pair : pages) {
            JsonNode pieces = resourceOf(pair.document()).get("annotation");
            assertThat(pieces).allSatisfy(piece -> assertThat(piece.has("offset")).isTrue());
            assertThat(pair.ricochet().get("matches")).isNotNull();
        }
    }

    /**
     * Pieces LanguageTool accepts are accepted, those it refuses are refused (400 naming the piece); Ricochet is
     * stricter only where LanguageTool would read a number or an object as text.
     */
    @Test
    void annotationPiecesAreAcceptedAndRefusedAsLanguageToolDoes() {
        Map<String, Boolean> stricter = new LinkedHashMap<>();
        for (String piece : List.of("{\"text\": \"Bonjour à tous.\", \"offset\": {\"start\": 0, \"end\": 15}}",
                "{\"text\": \"Bonjour\", \"bold\": true, \"note\": [1, 2]}",
                "{\"markup\": \"<br>\", \"interpretAs\": \"\\n\", \"offset\": {\"start\": 0, \"end\": 4}, \"id\": 7}",
                "{\"markup\": \"<b>\"}", "{\"text\": \"Bonjour\", \"markup\": \"<b>\"}",
                "{\"text\": \"Bonjour\", \"interpretAs\": \" \"}", "{\"offset\": {\"start\": 0, \"end\": 1}}",
                "\"Bonjour\"", "[\"Bonjour\"]", "{\"markup\": 3}", "{\"text\": {\"value\": \"Bonjour\"}}")) {
            Map<String, String> form = Map.of("data", "{\"annotation\": [{\"text\": \"Venez jeudi. \"}, " + piece + "]}",
                    "language", "fr");
            int theirs = languageTool.postForm("/v2/check", form).statusCode();
            HttpResponse<String> ours = ricochet.postForm("/v2/check", form);
            if (theirs == 200 && ours.statusCode() == 400) {
                stricter.put(piece, true);
            } else {
                assertThat(ours.statusCode()).as(piece).isEqualTo(theirs);
            }
            if (ours.statusCode() == 400) {
                assertThat(json(ours).at("/errors/0/field").asText()).as(piece).startsWith("data.annotation[1]");
            }
        }
        assertThat(stricter.keySet()).containsExactly("{\"markup\": 3}", "{\"text\": {\"value\": \"Bonjour\"}}");
    }

    /** GET with query parameters answers as POST does, on both; an empty text is 200 with nothing in it. */
    @Test
    void getAndAnEmptyTextAreAnsweredAsLanguageToolDoes() {
        Map<String, String> query = Map.of("text", "Venez nombreux jeudi à la médiathèque ! Il y aura du café.",
                "language", "fr");
        HttpResponse<String> theirs = languageTool.get("/v2/check", query);
        HttpResponse<String> ours = ricochet.get("/v2/check?" + LanguageToolReference.encode(query));
        assertThat(ours.statusCode()).isEqualTo(theirs.statusCode()).isEqualTo(200);
        assertThat(json(ours).get("sentenceRanges")).isEqualTo(json(theirs).get("sentenceRanges"));
        assertThat(json(ours).get("language").get("code")).isEqualTo(json(theirs).get("language").get("code"));
        for (String language : List.of("fr", "en-US", "auto")) {
            JsonNode empty = json(languageTool.postForm("/v2/check", Map.of("text", "", "language", language)));
            HttpResponse<String> response = ricochet.postForm("/v2/check", Map.of("text", "", "language", language));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode answer = json(response);
            assertThat(answer.get("matches")).isEqualTo(empty.get("matches")).isEmpty();
            assertThat(answer.get("sentenceRanges")).isEqualTo(empty.get("sentenceRanges"));
            assertThat(answer.at("/language/detectedLanguage/confidence"))
                    .isEqualTo(empty.at("/language/detectedLanguage/confidence"));
            assertThat(answer.at("/language/detectedLanguage/source")).isEqualTo(empty.at("/language/detectedLanguage/source"));
            if (!"auto".equals(language)) {
                assertThat(answer.get("language").get("name")).isEqualTo(empty.get("language").get("name"));
            }
        }
    }

    /** /v2/languages lists LanguageTool's French and English entries, names, codes and order included. */
    @Test
    void languagesAreLanguageToolsFrenchAndEnglishEntries() {
        List<JsonNode> theirs = new ArrayList<>();
        json(languageTool.get("/v2/languages", Map.of())).forEach(entry -> {
            if (entry.get("code").asText().matches("fr|en")) {
                theirs.add(entry);
            }
        });
        List<JsonNode> ours = new ArrayList<>();
        json(ricochet.get("/v2/languages")).forEach(ours::add);
        assertThat(ours).isEqualTo(theirs);
    }

    private static boolean emptyAt(JsonNode answer, String path) {
        String top = path.substring(2, path.indexOf("[]"));
        JsonNode node = answer.at("/" + top.replace('.', '/'));
        return node.isArray() && node.isEmpty();
    }

    private static Map<String, Set<String>> withoutMatches(Map<String, Set<String>> shape) {
        return shape.entrySet().stream().filter(e -> !e.getKey().startsWith("$.matches[]"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Set<String>> onlyMatches(Map<String, Set<String>> shape) {
        return shape.entrySet().stream().filter(e -> e.getKey().startsWith("$.matches[]"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    static JsonNode resource(String path) {
        try {
            return ReportJson.mapper().readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        try (InputStream in = LanguageToolParityTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
