package fr.ricochet.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often Ricochet's reading for one network agrees with the network's own code, per aspect (length,
 * withinLimit, each kind of entity), with the drafts where it does not; written as a Markdown table to
 * {@code target/network-agreement/NETWORK.md} and the output.
 */
final class AgreementTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ASPECTS = List.of("length", "withinLimit", "hashtags", "mentions", "urls");

    private final String title;
    private final Map<String, Aspect> aspects = new LinkedHashMap<>();

    AgreementTable(String title) {
        this.title = title;
        ASPECTS.forEach(aspect -> aspects.put(aspect, new Aspect()));
    }

    void record(String aspect, String text, boolean same, String detail) {
        Aspect counts = aspects.get(aspect);
        counts.total++;
        if (same) {
            counts.agreed++;
        } else {
            counts.disagreements.add(JSON.valueToTree(text) + ": " + detail);
        }
    }

    /** Same spans in the same order; with {@code values}, the same values too. */
    void entities(String aspect, String text, List<Entity> ours, List<String> theirs, boolean values) {
        List<String> mine = ours.stream()
                .map(e -> e.offset() + "+" + e.length() + (values ? " " + e.value() : "")).toList();
        record(aspect, text, mine.equals(theirs), mine + " vs " + theirs);
    }

    double rate(String aspect) {
        Aspect counts = aspects.get(aspect);
        return counts.total == 0 ? 1 : (double) counts.agreed / counts.total;
    }

    List<String> disagreements(String aspect) {
        return aspects.get(aspect).disagreements;
    }

    String markdown() {
        StringBuilder out = new StringBuilder(title).append("\n\n| | agree | of | rate |\n|---|---|---|---|\n");
        aspects.forEach((aspect, counts) -> out.append("| ").append(aspect).append(" | ").append(counts.agreed)
                .append(" | ").append(counts.total).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f %%", 100 * rate(aspect))).append(" |\n"));
        aspects.forEach((aspect, counts) -> counts.disagreements.stream().limit(20)
                .forEach(d -> out.append("\n- ").append(aspect).append(": ").append(d)));
        return out.append('\n').toString();
    }

    void write(String network) throws IOException {
        Files.createDirectories(Path.of("target/network-agreement"));
        Files.writeString(Path.of("target/network-agreement/" + network + ".md"), markdown());
        System.out.println(markdown());
    }

    private static final class Aspect {
        int agreed;
        int total;
        final List<String> disagreements = new ArrayList<>();
    }
}
