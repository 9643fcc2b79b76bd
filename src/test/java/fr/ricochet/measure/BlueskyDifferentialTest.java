package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.TestEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Bluesky's reading held to Bluesky's own code: {@code @atproto/api} (pinned in {@code src/test/node/package.json},
 * installed by {@code .ci/test} with {@code npm ci}) reads a seeded corpus of tricky drafts and the hand-written cases,
 * and its grapheme length, record validation (300 graphemes, 3,000 bytes) and facets are compared with Ricochet's
 * reading for Bluesky. The agreement table goes to {@code target/network-agreement/bluesky.md} and the output;
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

        Map<String, Agreement> table = new LinkedHashMap<>();
        for (String aspect : List.of("length", "withinLimit", "hashtags", "mentions", "urls")) {
            table.put(aspect, new Agreement());
        }
        for (int i = 0; i < drafts.size(); i++) {
            String text = drafts.get(i);
            JsonNode theirs = reference.get(i);
            Facts facts = MEASURER.measure(text, "fr", List.of("bluesky"));
            NetworkLength length = facts.length("bluesky");
            NetworkEntities ours = facts.on("bluesky");
            table.get("length").record(text, length.length() == theirs.get("graphemes").asInt(),
                    length.length() + " vs " + theirs.get("graphemes"));
            table.get("withinLimit").record(text, length.fits() == theirs.get("withinLimit").asBoolean(),
                    length.fits() + " vs " + theirs.get("withinLimit"));
            compare(table.get("hashtags"), text, ours.hashtags(), theirs.get("hashtags"), true);
            compare(table.get("mentions"), text, ours.mentions(), theirs.get("mentions"), true);
            // a link's value is its text here, the address Bluesky makes of it there (https:// before a bare domain)
            compare(table.get("urls"), text, ours.urls(), theirs.get("urls"), false);
        }
        String report = report(seed, drafts.size(), table);
        Files.createDirectories(Path.of("target/network-agreement"));
        Files.writeString(Path.of("target/network-agreement/bluesky.md"), report);
        System.out.println(report);

        assertThat(table.get("length").disagreements).as("length").isEmpty();
        assertThat(table.get("withinLimit").disagreements).as("withinLimit").isEmpty();
        for (String kind : List.of("hashtags", "mentions", "urls")) {
            assertThat(table.get(kind).rate()).as(kind + " agreement; differences: " + table.get(kind).disagreements)
                    .isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void topLevelDomainsAreThoseOfBlueskysLibrary() throws Exception {
        assertThat(NODE_DIR.resolve("node_modules/tlds/package.json"))
                .as("the tlds package is missing: `bash .ci/test` installs it (npm ci --prefix src/test/node)").exists();
        JsonNode list = JSON.readTree(NODE_DIR.resolve("node_modules/tlds/index.json").toFile());
        java.util.Set<String> theirs = new java.util.TreeSet<>();
        list.forEach(name -> theirs.add(name.asText()));
        BlueskyEntities reader = (BlueskyEntities) EntityReaders.of(TestEngine.RULES.network("bluesky"));
        java.util.Set<String> ours = new java.util.TreeSet<>(reader.topLevelDomains());
        java.util.Set<String> missing = new java.util.TreeSet<>(theirs);
        missing.removeAll(ours);
        java.util.Set<String> extra = new java.util.TreeSet<>(ours);
        extra.removeAll(theirs);
        assertThat(missing).as("Bluesky's names that rules/networks/bluesky.yaml should add").isEmpty();
        assertThat(extra).as("names Bluesky does not know, that rules/networks/bluesky.yaml should drop").isEmpty();
    }

    /** Same spans in the same order, and the same values where both write them alike. */
    private static void compare(Agreement agreement, String text, List<Entity> ours, JsonNode theirs, boolean values) {
        List<String> mine = new ArrayList<>();
        for (Entity entity : ours) {
            mine.add(entity.offset() + "+" + entity.length() + (values ? " " + entity.value() : ""));
        }
        List<String> reference = new ArrayList<>();
        for (JsonNode entity : theirs) {
            reference.add(entity.get("offset").asInt() + "+" + entity.get("length").asInt()
                    + (values ? " " + entity.get("value").asText() : ""));
        }
        agreement.record(text, mine.equals(reference), mine + " vs " + reference);
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

    static String report(long seed, int drafts, Map<String, Agreement> table) {
        StringBuilder out = new StringBuilder("Bluesky (@atproto/api RichText and post record validation), seed " + seed
                + ", " + drafts + " drafts\n\n| | agree | of | rate |\n|---|---|---|---|\n");
        table.forEach((aspect, agreement) -> out.append("| ").append(aspect).append(" | ").append(agreement.agreed)
                .append(" | ").append(agreement.total).append(" | ")
                .append(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * agreement.rate())).append(" |\n"));
        table.forEach((aspect, agreement) -> agreement.disagreements.stream().limit(20).forEach(d ->
                out.append("\n- ").append(aspect).append(": ").append(d)));
        return out.append('\n').toString();
    }

    static final class Agreement {
        int agreed;
        int total;
        final List<String> disagreements = new ArrayList<>();

        void record(String text, boolean same, String detail) {
            total++;
            if (same) {
                agreed++;
            } else {
                disagreements.add(JSON.valueToTree(text) + ": " + detail);
            }
        }

        double rate() {
            return total == 0 ? 1 : (double) agreed / total;
        }
    }
}
