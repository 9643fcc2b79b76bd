package fr.ricochet.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.rules.RuleFiles.ExampleFile;
import fr.ricochet.rules.RuleFiles.NetworkFile;
import fr.ricochet.rules.RuleFiles.TipFile;
import fr.ricochet.rules.RuleFiles.WindowFile;
import fr.ricochet.rules.RulesException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a rules directory ({@code tips/*.yaml}, {@code networks/*.yaml}) into a {@link RuleBook}.
 * It collects every problem it finds before failing, so one run of {@code rules --check} shows them all.
 */
public final class RulesLoader {

    public static final Set<String> AUDIENCES = Set.of("general", "b2b", "b2c");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final List<Problem> problems = new ArrayList<>();

    private RulesLoader() {
    }

    /** Loads and checks the directory, or throws a {@link RulesException} listing every problem. */
    public static RuleBook load(Path directory) {
        return new RulesLoader().read(directory);
    }

    private RuleBook read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RulesException(List.of(new Problem(directory, null, "is not a directory")));
        }
        Map<String, NetworkProfile> networks = new LinkedHashMap<>();
        for (Path file : yamlFiles(directory.resolve("networks"))) {
            NetworkFile raw = parse(file, NetworkFile.class);
            if (raw == null) {
                continue;
            }
            NetworkProfile profile = network(file, raw);
            if (profile != null && networks.putIfAbsent(profile.id(), profile) != null) {
                problems.add(new Problem(file, "id", "network '" + profile.id() + "' is defined twice"));
            }
        }
        if (networks.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(directory.resolve("networks"), null, "no network profile (*.yaml) found"));
        }
        List<TipSpec> tips = new ArrayList<>();
        Set<String> tipIds = new java.util.HashSet<>();
        for (Path file : yamlFiles(directory.resolve("tips"))) {
            TipFile raw = parse(file, TipFile.class);
            TipSpec tip = raw == null ? null : tip(file, raw, networks.keySet());
            if (tip != null && !tipIds.add(tip.id())) {
                problems.add(new Problem(file, "id", "tip '" + tip.id() + "' is defined twice"));
            } else if (tip != null) {
                tips.add(tip);
            }
        }
        if (tips.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(directory.resolve("tips"), null, "no tip file (*.yaml) found"));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        // Map.copyOf would lose the file order the RuleBook promises; keep the LinkedHashMap, read-only.
        return new RuleBook(directory, List.copyOf(tips), java.util.Collections.unmodifiableMap(networks));
    }

    private List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(folder, null, "folder is missing"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(folder, null, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private <T> T parse(Path file, Class<T> type) {
        // Read through the Path, not toFile(): the embedded rules live in the jar's zip file system.
        try (java.io.InputStream in = Files.newInputStream(file)) {
            JsonNode tree = yaml.readTree(in);
            if (tree == null || !tree.isObject()) {
                problems.add(new Problem(file, null, "must hold a YAML mapping"));
                return null;
            }
            return yaml.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            problems.add(new Problem(file, pathOf(e), plainMessage(e)));
        } catch (IOException e) {
            problems.add(new Problem(file, null, "is not valid YAML: " + firstLine(e.getMessage())));
        }
        return null;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String plainMessage(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "' (allowed: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "wrong type: expected " + describe(mismatch.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (" + type.getSimpleName() + ")";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private TipSpec tip(Path file, TipFile raw, Set<String> networkIds) {
        int before = problems.size();
        require(file, "id", raw.id());
        if (raw.id() != null && !ID.matcher(raw.id()).matches()) {
            problems.add(new Problem(file, "id", "must be lower-case letters, digits and dashes"));
        }
        require(file, "kind", raw.kind());
        if (raw.weight() == null || raw.weight() < 0 || raw.weight() > 100) {
            problems.add(new Problem(file, "weight", "must be a whole number from 0 to 100"));
        }
        localized(file, "title", raw.title());
        localized(file, "explanation", raw.explanation());
        if (raw.evidence() == null || raw.evidence().isEmpty()) {
            problems.add(new Problem(file, "evidence", "is missing: cite at least one finding and its source"));
        } else {
            for (int i = 0; i < raw.evidence().size(); i++) {
                Evidence evidence = raw.evidence().get(i);
                localized(file, "evidence[" + i + "].finding", evidence.finding());
                require(file, "evidence[" + i + "].source", evidence.source());
            }
        }
        List<String> networks = raw.networks() == null ? List.of() : raw.networks();
        for (int i = 0; i < networks.size(); i++) {
            knownNetwork(file, "networks[" + i + "]", networks.get(i), networkIds);
        }
        Map<String, Localized> messages = raw.messages() == null ? Map.of() : raw.messages();
        messages.forEach((code, text) -> localized(file, "messages." + code, text));
        List<Example> examples = new ArrayList<>();
        List<ExampleFile> rawExamples = raw.examples() == null ? List.of() : raw.examples();
        for (int i = 0; i < rawExamples.size(); i++) {
            examples.add(example(file, "examples[" + i + "]", rawExamples.get(i), messages.keySet(), networkIds));
        }
        if (problems.size() > before) {
            return null;
        }
        JsonNode settings = raw.settings() == null ? yaml.createObjectNode() : raw.settings();
        return new TipSpec(raw.id(), raw.kind(), raw.weight(), List.copyOf(networks), raw.title(),
                raw.explanation(), List.copyOf(raw.evidence()), settings, Map.copyOf(messages),
                List.copyOf(examples), file);
    }

    private Example example(Path file, String field, ExampleFile raw, Set<String> codes, Set<String> networkIds) {
        require(file, field + ".text", raw.text());
        if (raw.expect() == null) {
            problems.add(new Problem(file, field + ".expect",
                    "is missing: list the message codes this draft must raise, or [] if the tip stays quiet"));
        } else {
            for (String code : raw.expect()) {
                if (!codes.contains(code)) {
                    problems.add(new Problem(file, field + ".expect", "'" + code + "' is not one of this tip's messages "
                            + codes.stream().sorted().toList()));
                }
            }
        }
        if (raw.networks() != null) {
            raw.networks().forEach(n -> knownNetwork(file, field + ".networks", n, networkIds));
        }
        ObjectNode draft = yaml.valueToTree(raw);
        draft.remove("expect");
        List<String> names = new ArrayList<>();
        draft.fieldNames().forEachRemaining(names::add);
        names.stream().filter(name -> draft.get(name).isNull()).forEach(draft::remove);
        return new Example(draft, raw.expect() == null ? List.of() : List.copyOf(raw.expect()));
    }

    private NetworkProfile network(Path file, NetworkFile raw) {
        int before = problems.size();
        require(file, "id", raw.id());
        if (raw.id() != null && !ID.matcher(raw.id()).matches()) {
            problems.add(new Problem(file, "id", "must be lower-case letters, digits and dashes"));
        }
        require(file, "name", raw.name());
        require(file, "counting", raw.counting());
        positive(file, "limit", raw.limit(), true);
        positive(file, "byteLimit", raw.byteLimit(), false);
        positive(file, "fold", raw.fold(), false);
        range(file, "lengthSweetSpot", raw.lengthSweetSpot());
        required(file, "hashtags", raw.hashtags());
        required(file, "emoji", raw.emoji());
        required(file, "media", raw.media());
        required(file, "links", raw.links());
        if (raw.hashtags() != null) {
            range(file, "hashtags.sweetSpot", raw.hashtags().sweetSpot());
            positive(file, "hashtags.cap", raw.hashtags().cap(), false);
        }
        if (raw.media() != null) {
            positive(file, "media.max", raw.media().max(), true);
            positive(file, "media.altTextLimit", raw.media().altTextLimit(), true);
        }
        if (raw.links() != null) {
            positive(file, "links.max", raw.links().max(), false);
        }
        localized(file, "windowsNote", raw.windowsNote());
        Map<String, List<PostingWindow>> windows = windows(file, raw.windows());
        if (problems.size() > before) {
            return null;
        }
        return new NetworkProfile(raw.id(), raw.name(), raw.counting(), raw.limit(), raw.byteLimit(), raw.fold(),
                raw.lengthSweetSpot(), raw.hashtags().sweetSpot(), raw.hashtags().cap(), raw.emoji().max(),
                raw.media().max(), raw.media().altTextLimit(), raw.links().max(),
                !Boolean.FALSE.equals(raw.links().clickable()), Boolean.TRUE.equals(raw.media().required()),
                windows, raw.windowsNote(), file);
    }

    private Map<String, List<PostingWindow>> windows(Path file, Map<String, List<WindowFile>> raw) {
        if (raw == null || !raw.containsKey("general")) {
            problems.add(new Problem(file, "windows.general", "is missing: give the good posting windows"));
            return Map.of();
        }
        Map<String, List<PostingWindow>> windows = new LinkedHashMap<>();
        raw.forEach((audience, list) -> {
            if (!AUDIENCES.contains(audience)) {
                problems.add(new Problem(file, "windows." + audience, "unknown audience (allowed: general, b2b, b2c)"));
                return;
            }
            List<PostingWindow> parsed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PostingWindow window = window(file, "windows." + audience + "[" + i + "]", list.get(i));
                if (window != null) {
                    parsed.add(window);
                }
            }
            windows.put(audience, List.copyOf(parsed));
        });
        return Map.copyOf(windows);
    }

    private PostingWindow window(Path file, String field, WindowFile raw) {
        require(file, field + ".source", raw.source());
        if (raw.days() == null || raw.days().isEmpty()) {
            problems.add(new Problem(file, field + ".days", "is missing (use mon, tue, wed, thu, fri, sat, sun)"));
            return null;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : raw.days()) {
            DayOfWeek parsed = DAYS.get(day);
            if (parsed == null) {
                problems.add(new Problem(file, field + ".days", "unknown day '" + day
                        + "' (use mon, tue, wed, thu, fri, sat, sun)"));
                return null;
            }
            days.add(parsed);
        }
        LocalTime from = time(file, field + ".from", raw.from());
        LocalTime to = time(file, field + ".to", raw.to());
        if (from == null || to == null) {
            return null;
        }
        if (!from.isBefore(to)) {
            problems.add(new Problem(file, field, "'from' must come before 'to' on the same day"));
            return null;
        }
        return new PostingWindow(Set.copyOf(days), from, to, raw.source());
    }

    private LocalTime time(Path file, String field, String value) {
        if (value == null) {
            problems.add(new Problem(file, field, "is missing (a time such as 09:00)"));
            return null;
        }
        try {
            return "24:00".equals(value) ? LocalTime.MAX : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, field, "'" + value + "' is not a time such as 09:00"));
            return null;
        }
    }

    private void knownNetwork(Path file, String field, String id, Set<String> networkIds) {
        if (!networkIds.contains(id)) {
            problems.add(new Problem(file, field, "unknown network '" + id + "' (known: "
                    + networkIds.stream().sorted().collect(Collectors.joining(", ")) + ")"));
        }
    }

    private void require(Path file, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(file, field, "is missing"));
        }
    }

    private void required(Path file, String field, Object value) {
        if (value == null) {
            problems.add(new Problem(file, field, "is missing"));
        }
    }

    private void localized(Path file, String field, Localized value) {
        if (value == null) {
            problems.add(new Problem(file, field, "is missing (give it in fr and en)"));
            return;
        }
        require(file, field + ".fr", value.fr());
        require(file, field + ".en", value.en());
    }

    private void positive(Path file, String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(file, field, "is missing (a whole number above 0)"));
            }
        } else if (value <= 0) {
            problems.add(new Problem(file, field, "must be above 0, not " + value));
        }
    }

    private void range(Path file, String field, Range value) {
        if (value == null) {
            problems.add(new Problem(file, field, "is missing (give min and max)"));
        } else if (value.min() != null && value.max() != null && value.min() > value.max()) {
            problems.add(new Problem(file, field, "min " + value.min() + " is above max " + value.max()));
        }
    }
}
