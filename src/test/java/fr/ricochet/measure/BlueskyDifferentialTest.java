package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.id;
import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bluesky's reading held to Bluesky's own code: {@code @atproto/api} (pinned in {@code src/test/node/package.json},
 * installed by {@code .ci/test} with {@code npm ci}) reads a seeded corpus of tricky drafts and the hand-written cases,
 * and its grapheme length, record validation (300 graphemes, 3,000 bytes) and facets are compared with Ricochet's
 * reading for Bluesky. The agreement table ({@link AgreementTable}) goes to {@code target/network-agreement/bluesky.md};
 * {@code -Dricochet.seed=…} draws another corpus, {@code -Dricochet.tries=…} sets its size.
 */
class BlueskyDifferentialTest {

    static final long DEFAULT_SEED = 20261201L;
    private static final Path NODE_DIR = Path.of("src/test/node");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);

    @Test
    void ricochetReadsDraftsAsBlueskysOwnLibraryDoes() throws Exception {
        long seed = Long.getLong("ricochet.seed", DEFAULT_SEED);
        List<String> drafts = new ArrayList<>(TrickyDrafts.handWritten());
        drafts.addAll(TrickyDrafts.generated(seed, Integer.getInteger("ricochet.tries", 1200)));
        JsonNode reference = bluesky(drafts);
        assertThat(reference.size()).isEqualTo(drafts.size());

        AgreementTable table = new AgreementTable("Bluesky (@atproto/api " + version()
                + " RichText and post record validation), seed " + seed + ", " + drafts.size() + " drafts");
        for (int i = 0; i < drafts.size(); i++) {
            String text = drafts.get(i);
            JsonNode theirs = reference.get(i);
            Facts facts = MEASURER.measure(text, LanguageChoice.FR, ids("bluesky"));
            NetworkLength length = facts.length(id("bluesky"));
            NetworkEntities ours = facts.on(id("bluesky"));
            table.record("length", text, length.length() == theirs.get("graphemes").asInt(),
                    length.length() + " vs " + theirs.get("graphemes"));
            table.record("withinLimit", text, length.fits() == theirs.get("withinLimit").asBoolean(),
                    length.fits() + " vs " + theirs.get("withinLimit"));
            table.entities("hashtags", text, ours.hashtags(), spans(theirs.get("hashtags"), true), true);
            table.entities("mentions", text, ours.mentions(), spans(theirs.get("mentions"), true), true);
            // a link's value is its text here, the address Bluesky makes of it there (https:// before a bare domain)
            table.entities("urls", text, ours.urls(), spans(theirs.get("urls"), false), false);
        }
        table.write("bluesky");

        assertThat(table.disagreements("length")).as("length").isEmpty();
        assertThat(table.disagreements("withinLimit")).as("withinLimit").isEmpty();
        for (String kind : List.of("hashtags", "mentions", "urls")) {
            assertThat(table.rate(kind)).as(kind + " agreement; differences: " + table.disagreements(kind))
                    .isGreaterThanOrEqualTo(0.99);
        }
    }

    private static List<String> spans(JsonNode entities, boolean values) {
        List<String> spans = new ArrayList<>();
        for (JsonNode entity : entities) {
            spans.add(entity.get("offset").asInt() + "+" + entity.get("length").asInt()
                    + (values ? " " + entity.get("value").asText() : ""));
        }
        return spans;
    }

    private static String version() throws IOException {
        return JSON.readTree(NODE_DIR.resolve("node_modules/@atproto/api/package.json").toFile()).get("version").asText();
    }

    @Test
    void topLevelDomainsAreThoseOfBlueskysLibrary() throws Exception {
        assertThat(NODE_DIR.resolve("node_modules/tlds/package.json"))
                .as("the tlds package is missing: `bash .ci/test` installs it (npm ci --prefix src/test/node)").exists();
        JsonNode list = JSON.readTree(NODE_DIR.resolve("node_modules/tlds/index.json").toFile());
        java.util.Set<String> theirs = new java.util.TreeSet<>();
        list.forEach(name -> theirs.add(name.asText()));
        BlueskyEntities reader = (BlueskyEntities) EntityReaders.of(TestEngine.RULES.network(id("bluesky")));
        java.util.Set<String> ours = new java.util.TreeSet<>(reader.topLevelDomains());
        java.util.Set<String> missing = new java.util.TreeSet<>(theirs);
        missing.removeAll(ours);
        java.util.Set<String> extra = new java.util.TreeSet<>(ours);
        extra.removeAll(theirs);
        assertThat(missing).as("Bluesky's names that rules/networks/bluesky.yaml should add").isEmpty();
        assertThat(extra).as("names Bluesky does not know, that rules/networks/bluesky.yaml should drop").isEmpty();
    }

    /** Runs the reference script on every draft at once. */
    static JsonNode bluesky(List<String> drafts) throws IOException, InterruptedException {
        assertThat(NODE_DIR.resolve("node_modules/@atproto/api/package.json"))
                .as("@atproto/api is missing: `bash .ci/test` installs it (npm ci --prefix src/test/node)").exists();
        Path output = Files.createTempFile("bluesky-reference", ".json");
        try {
            Process node = new ProcessBuilder("node", "bluesky-reference.mjs").directory(NODE_DIR.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = node.getOutputStream()) {
                in.write(JSON.writeValueAsString(drafts).getBytes(StandardCharsets.UTF_8));
            }
            if (!node.waitFor(5, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new AssertionError("the Bluesky reference script did not finish within 5 minutes");
            }
            assertThat(node.exitValue()).as("exit code of node bluesky-reference.mjs").isZero();
            return JSON.readTree(output.toFile());
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
