package fr.ricochet.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuzz target for the request reader: any bytes, parsed as the server parses a body, give either a request whose
 * every field holds an allowed value or an {@link InvalidRequestException} naming each field at fault in both
 * languages; never another exception (which the server would answer with a 500).
 * Runs on {@code RequestReaderFuzzTestInputs/} in every build; {@code src/test/fuzz/fuzz.sh request MINUTES}
 * fuzzes it.
 */
class RequestReaderFuzzTest {

    private static final RuleBook RULES = RulesLoader.load(Path.of("rules"));
    private static final RequestReader READER = new RequestReader(RULES.networkIds(), RULES.kinds().ids());

    @FuzzTest
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "null", "true", "1e309", "-0", "\"text\"", "\"networks\"",
            "\"language\"", "\"media\"", "\"scheduledAt\"", "\"timeZone\"", "\"audience\"", "\"id\"", "\"kind\"",
            "\"type\"", "\"altText\"", "\"x\"", "\"mastodon\"", "\"bluesky\"", "\"fr\"", "\"en\"", "\"auto\"",
            "\"image\"", "\"b2b\"", "\"event\"", "\"Europe/Paris\"", "\"2026-12-01T12:30:00+01:00\"", "\"\\ud83d\""})
    void read(byte[] body) {
        JsonNode json;
        try {
            json = ReportJson.mapper().readTree(body);
        } catch (IOException malformed) {
            // the server's 400 for a body that is no JSON at all (JsonProcessingException), or no text in any
            // encoding Jackson detects (a CharConversionException for bytes taken as UTF-32): not the reader's business
            return;
        }
        AnalysisRequest request;
        try {
            request = READER.read(json);
        } catch (InvalidRequestException invalid) {
            assertExplained(invalid, json);
            return;
        }
        assertAllowed(request, json);
    }

    private static void assertAllowed(AnalysisRequest request, JsonNode json) {
        assertThat(json.isObject()).isTrue();
        json.fieldNames().forEachRemaining(name -> assertThat(RequestReader.FIELDS).contains(name));
        assertThat(request.text()).isEqualTo(json.get("text").textValue()).isNotBlank();
        assertThat(request.text().codePointCount(0, request.text().length())).isLessThanOrEqualTo(RequestReader.MAX_TEXT);
        assertThat(request.networks()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(RULES.networkIds()).containsAll(request.networks());
        assertThat(request.language().code()).isIn("fr", "en", "auto");
        assertThat(request.audience().id()).isIn(Fields.AUDIENCES);
        assertThat(request.kind()).isIn(allowedKinds());
        assertThat(request.media()).hasSizeLessThanOrEqualTo(RequestReader.MAX_MEDIA).allSatisfy(media -> {
            assertThat(media.type()).isNotNull();
            assertThat(media.altText() == null || media.altText().length() <= RequestReader.MAX_ALT_TEXT).isTrue();
        });
        assertThat(request.timeZone()).isNotNull();
        if (request.scheduledAt() != null) {
            assertThat(request.scheduledAt().getYear()).isBetween(Fields.MIN_YEAR, Fields.MAX_YEAR);
        }
        if (request.id() != null) {
            assertThat(request.id().isTextual() || request.id().isIntegralNumber()).isTrue();
            assertThat(request.id().asText().length()).isLessThanOrEqualTo(RequestReader.MAX_ID);
        }
    }

    /** Every error names a field of the request (or the whole request, "") and says what is wrong in both languages. */
    private static void assertExplained(InvalidRequestException invalid, JsonNode json) {
        assertThat(invalid.errors()).isNotEmpty();
        Set<String> present = new HashSet<>();
        if (json.isObject()) {
            json.fieldNames().forEachRemaining(present::add);
        }
        for (FieldError error : invalid.errors()) {
            assertThat(error.en()).as("English message of %s", error).isNotBlank();
            assertThat(error.fr()).as("French message of %s", error).isNotBlank();
            String field = error.field();
            if (field.isEmpty()) {
                assertThat(json.isObject()).as("%s blames the whole request", error).isFalse();
            } else {
                // a missing text is the one error about a field that is not there
                assertThat(field.equals("text") || present.contains(root(field)))
                        .as("%s names a field of the request", error).isTrue();
            }
        }
        assertThat(invalid.getMessage()).isNotBlank();
        List<FieldError> again = catchErrors(json);
        assertThat(again).as("a second reading").isEqualTo(invalid.errors());
    }

    /** The top-level field a path starts from: {@code media} in {@code media[0].type}, {@code a.b} in {@code ["a.b"]}. */
    private static String root(String path) {
        if (!path.startsWith("[")) {
            return path.split("[.\\[]", 2)[0];
        }
        try (var parser = ReportJson.mapper().createParser(path.substring(1))) {
            return parser.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? parser.getText() : path;
        } catch (IOException e) {
            throw new AssertionError(path + " starts with no quoted name", e);
        }
    }

    private static List<FieldError> catchErrors(JsonNode json) {
        try {
            READER.read(json);
        } catch (InvalidRequestException invalid) {
            return invalid.errors();
        }
        throw new AssertionError("the second reading accepted the request");
    }

    private static List<String> allowedKinds() {
        List<String> kinds = new java.util.ArrayList<>(RULES.kinds().ids());
        kinds.add(AnalysisRequest.AUTO);
        return kinds;
    }
}
