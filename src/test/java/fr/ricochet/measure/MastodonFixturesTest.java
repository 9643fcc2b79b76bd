package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.id;
import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mastodon's reading held to fixtures written from its server's published validator and extractor behaviour and
 * from its spec's examples ({@code src/test/resources/networks/mastodon.yaml}): each case pins the length, whether it
 * fits 500, and the mentions, links and hashtags Mastodon reads.
 */
class MastodonFixturesTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);
    private static final Pattern REPEAT = Pattern.compile("\\{(.+?)\\*(\\d+)}");

    @TestFactory
    Stream<DynamicTest> mastodonReadsEachFixtureAsItsServerDoes() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/networks/mastodon.yaml")) {
            cases = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(20);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode fixture : cases) {
            tests.add(DynamicTest.dynamicTest(fixture.get("source").asText(), () -> check(fixture)));
        }
        return tests.stream();
    }

    private static void check(JsonNode fixture) {
        String text = expand(fixture.get("text").asText());
        Facts facts = MEASURER.measure(text, LanguageChoice.FR, ids("mastodon"));
        NetworkLength length = facts.length(id("mastodon"));
        NetworkEntities read = facts.on(id("mastodon"));
        if (fixture.has("length")) {
            assertThat(length.length()).as("length").isEqualTo(fixture.get("length").asInt());
        }
        if (fixture.has("withinLimit")) {
            assertThat(length.fits()).as("withinLimit").isEqualTo(fixture.get("withinLimit").asBoolean());
        }
        expect(fixture, "mentions", read.mentions());
        expect(fixture, "urls", read.urls());
        expect(fixture, "hashtags", read.hashtags());
    }

    private static void expect(JsonNode fixture, String kind, List<Entity> found) {
        if (fixture.has(kind)) {
            List<String> values = new ArrayList<>();
            fixture.get(kind).forEach(value -> values.add(value.asText()));
            assertThat(found).as(kind).extracting(Entity::value).containsExactlyElementsOf(values);
        }
    }

    /** {@code {x*N}} stands for N times x. */
    static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }
}
