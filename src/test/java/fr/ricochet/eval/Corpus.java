package fr.ricochet.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evaluation corpus: the drafts of {@code src/test/resources/eval/*.yaml}, plus {@code ranking.yaml},
 * 20 of its drafts from best to worst as the expert ranked them before any run.
 */
public record Corpus(List<CorpusDraft> drafts, List<String> ranking, List<String> laterRanking) {

    static final Path DIRECTORY = Path.of("src/test/resources/eval");
    /** The fields of a corpus entry that are the expert's, not the client's request. */
    private static final Set<String> EXPECTATION_FIELDS = Set.of("id", "kind", "event", "band", "fire", "allow", "note");
    private static final ObjectMapper YAML = new YAMLMapper();

    static Corpus load() {
        List<CorpusDraft> drafts = new ArrayList<>();
        for (Path file : draftFiles()) {
            for (JsonNode entry : read(file)) {
                drafts.add(draft(entry, file.getFileName().toString()));
            }
        }
        Set<String> ids = new HashSet<>();
        drafts.forEach(d -> {
            if (!ids.add(d.id())) {
                throw new IllegalStateException("duplicate corpus id " + d.id());
            }
        });
        return new Corpus(List.copyOf(drafts), ranking("ranking.yaml", ids), ranking("ranking3.yaml", ids));
    }

    private static List<String> ranking(String file, Set<String> ids) {
        List<String> ranking = new ArrayList<>();
        read(DIRECTORY.resolve(file)).forEach(id -> ranking.add(id.asText()));
        ranking.forEach(id -> {
            if (!ids.contains(id)) {
                throw new IllegalStateException(file + " names " + id + ", which is not in the corpus");
            }
        });
        return List.copyOf(ranking);
    }

    /** Every YAML file of the folder but the rankings, in name order (the accounts' folder is not drafts). */
    public static List<Path> draftFiles() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("ranking")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusDraft draft(JsonNode entry, String file) {
        String id = entry.path("id").asText();
        if (id.isEmpty() || !entry.hasNonNull("text") || !entry.hasNonNull("band") || !entry.hasNonNull("kind")) {
            throw new IllegalStateException(file + ": an entry lacks id, text, kind or band: " + entry);
        }
        ObjectNode request = ((ObjectNode) entry).deepCopy();
        request.remove(EXPECTATION_FIELDS);
        OffsetDateTime event = entry.hasNonNull("event") ? OffsetDateTime.parse(entry.get("event").asText()) : null;
        return new CorpusDraft(id, request, entry.get("kind").asText(), event, Band.of(entry.get("band").asText()),
                strings(entry.get("fire")), strings(entry.get("allow")));
    }

    private static List<String> strings(JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    Stream<CorpusDraft> stream() {
        return drafts.stream();
    }
}
