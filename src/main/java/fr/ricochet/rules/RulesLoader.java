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
import fr.ricochet.rules.RulesException.Problem;
import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a rules directory ({@code tips/*.yaml}, {@code networks/*.yaml}, {@code time/references.yaml}) into a
 * {@link RuleBook}.
 * It collects every problem it finds before failing, so one run of {@code rules --check} shows them all.
 */
public final class RulesLoader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final List<Problem> problems = new ArrayList<>();
    /** Networks whose own file is broken: tips naming them are not blamed for it. */
    private final Set<String> brokenNetworks = new java.util.HashSet<>();

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
        Map<NetworkId, NetworkProfile> networks = new LinkedHashMap<>();
        Map<NetworkId, Integer> orders = new java.util.HashMap<>();
        for (Path file : yamlFiles(directory.resolve("networks"))) {
            NetworkFile raw = parse(file, NetworkFile.class);
            NetworkProfile profile = raw == null ? null : NetworkReader.read(new FileChecks(file, problems), raw);
            if (profile == null) {
                // Tips name networks by id: remember the broken one under its id, so tips naming it raise no
                // second "unknown network" error; the file name stands in when the id itself is missing.
                brokenNetworks.add(raw != null && raw.id() != null ? raw.id()
                        : file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
                continue;
            }
            if (networks.putIfAbsent(profile.id(), profile) != null) {
                problems.add(new Problem(file, "id", "network '" + profile.id() + "' is defined twice"));
            } else {
                orders.put(profile.id(), raw.order() == null ? Integer.MAX_VALUE : raw.order());
            }
        }
        networks = inOrder(networks, orders);
        if (networks.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(directory.resolve("networks"), null, "no network profile (*.yaml) found"));
        }
        PostKinds kinds = kinds(directory.resolve("kinds.yaml"));
        List<TipSpec> tips = new ArrayList<>();
        Set<String> tipIds = new java.util.HashSet<>();
        for (Path file : yamlFiles(directory.resolve("tips"))) {
            TipFile raw = parse(file, TipFile.class);
            TipSpec tip = raw == null ? null : tip(file, raw, networks.keySet(), kinds);
            if (tip != null && !tipIds.add(tip.id())) {
                problems.add(new Problem(file, "id", "tip '" + tip.id() + "' is defined twice"));
            } else if (tip != null) {
                tips.add(tip);
            }
        }
        if (tips.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(directory.resolve("tips"), null, "no tip file (*.yaml) found"));
        }
        TimeRules time = time(directory.resolve("time").resolve("references.yaml"));
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        // Map.copyOf would lose the order the RuleBook promises; keep the LinkedHashMap, read-only.
        return new RuleBook(directory, List.copyOf(tips), java.util.Collections.unmodifiableMap(networks), kinds, time);
    }

    /** The networks by their {@code order}, those without one last, ties by id: one order for every list. */
    private static Map<NetworkId, NetworkProfile> inOrder(Map<NetworkId, NetworkProfile> networks,
            Map<NetworkId, Integer> orders) {
        Map<NetworkId, NetworkProfile> sorted = new LinkedHashMap<>();
        networks.keySet().stream()
                .sorted(java.util.Comparator.comparing((NetworkId id) -> orders.get(id)).thenComparing(id -> id))
                .forEach(id -> sorted.put(id, networks.get(id)));
        return sorted;
    }

    private PostKinds kinds(Path file) {
        return single(file, "it defines the kinds of post", RuleFiles.KindsFile.class, PostKindReader::read);
    }

    private TimeRules time(Path file) {
        return single(file, "it says how time references in drafts are read", RuleFiles.TimeFile.class,
                TimeFileReader::read);
    }

    /** A rules file that must exist once (not a folder of files), read and checked, or null after its problems. */
    private <R, T> T single(Path file, String purpose, Class<R> shape,
            java.util.function.BiFunction<FileChecks, R, T> reader) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, null, "is missing: " + purpose + " (see the embedded rules)"));
            return null;
        }
        R raw = parse(file, shape);
        return raw == null ? null : reader.apply(new FileChecks(file, problems), raw);
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

    private TipSpec tip(Path file, TipFile raw, Set<NetworkId> networkIds, PostKinds kinds) {
        FileChecks check = new FileChecks(file, problems);
        int before = problems.size();
        check.require("id", raw.id());
        if (raw.id() != null && !NetworkReader.ID.matcher(raw.id()).matches()) {
            problems.add(new Problem(file, "id", "must be lower-case letters, digits and dashes"));
        }
        check.require("kind", raw.kind());
        if (raw.weight() == null || raw.weight() < 0 || raw.weight() > 100) {
            problems.add(new Problem(file, "weight", "must be a whole number from 0 to 100"));
        }
        check.localized("title", raw.title());
        check.localized("explanation", raw.explanation());
        if (raw.evidence() == null || raw.evidence().isEmpty()) {
            problems.add(new Problem(file, "evidence", "is missing: cite at least one finding and its source"));
        } else {
            for (int i = 0; i < raw.evidence().size(); i++) {
                Evidence evidence = raw.evidence().get(i);
                check.localized("evidence[" + i + "].finding", evidence.finding());
                check.require("evidence[" + i + "].source", evidence.source());
            }
        }
        List<String> networks = raw.networks() == null ? List.of() : raw.networks();
        for (int i = 0; i < networks.size(); i++) {
            knownNetwork(file, "networks[" + i + "]", networks.get(i), networkIds);
        }
        Map<String, Localized> messages = raw.messages() == null ? Map.of() : raw.messages();
        messages.forEach((code, text) -> check.localized("messages." + code, text));
        List<String> postKinds = raw.postKinds() == null ? List.of() : raw.postKinds();
        if (kinds != null) {
            for (int i = 0; i < postKinds.size(); i++) {
                if (kinds.find(postKinds.get(i)).isEmpty()) {
                    problems.add(new Problem(file, "postKinds[" + i + "]", "unknown kind of post '" + postKinds.get(i)
                            + "' (known: " + String.join(", ", kinds.ids()) + ")"));
                }
            }
        }
        List<String> nudges = raw.nudges() == null ? List.of() : raw.nudges();
        for (int i = 0; i < nudges.size(); i++) {
            knownCode(file, "nudges[" + i + "]", nudges.get(i), messages.keySet());
        }
        List<String> gates = raw.gates() == null ? List.of() : raw.gates();
        for (int i = 0; i < gates.size(); i++) {
            knownCode(file, "gates[" + i + "]", gates.get(i), messages.keySet());
        }
        Map<String, List<String>> quietOn = raw.quietOn() == null ? Map.of() : raw.quietOn();
        quietOn.forEach((code, quietKinds) -> {
            knownCode(file, "quietOn." + code, code, messages.keySet());
            List<String> listed = quietKinds == null ? List.of() : quietKinds;
            for (int i = 0; i < listed.size(); i++) {
                if (kinds != null && kinds.find(listed.get(i)).isEmpty()) {
                    problems.add(new Problem(file, "quietOn." + code + "[" + i + "]", "unknown kind of post '"
                            + listed.get(i) + "' (known: " + String.join(", ", kinds.ids()) + ")"));
                }
            }
        });
        Map<String, Integer> caps = raw.caps() == null ? Map.of() : raw.caps();
        List<String> refuses = raw.refuses() == null ? List.of() : raw.refuses();
        for (int i = 0; i < refuses.size(); i++) {
            if (!caps.containsKey(refuses.get(i))) {
                problems.add(new Problem(file, "refuses[" + i + "]", "'" + refuses.get(i)
                        + "' must also be in caps: a post the network refuses is capped"));
            }
        }
        caps.forEach((code, max) -> {
            knownCode(file, "caps." + code, code, messages.keySet());
            if (max == null || max < 0 || max > 100) {
                problems.add(new Problem(file, "caps." + code, "must be a whole number from 0 to 100"));
            }
        });
        List<Example> examples = new ArrayList<>();
        List<ExampleFile> rawExamples = raw.examples() == null ? List.of() : raw.examples();
        for (int i = 0; i < rawExamples.size(); i++) {
            examples.add(example(file, "examples[" + i + "]", rawExamples.get(i), exampleCodes(raw.kind(), messages),
                    networkIds));
        }
        if (problems.size() > before) {
            return null;
        }
        JsonNode settings = raw.settings() == null ? yaml.createObjectNode() : raw.settings();
        return new TipSpec(raw.id(), raw.kind(), raw.weight(), networks.stream().map(NetworkId::of).toList(),
                List.copyOf(postKinds),
                List.copyOf(nudges), List.copyOf(gates), copyOfLists(quietOn), Map.copyOf(caps), List.copyOf(refuses), raw.title(),
                raw.explanation(), List.copyOf(raw.evidence()), settings, Map.copyOf(messages),
                List.copyOf(examples), file);
    }

    private static Map<String, List<String>> copyOfLists(Map<String, List<String>> lists) {
        Map<String, List<String>> copy = new java.util.HashMap<>();
        lists.forEach((key, list) -> copy.put(key, list == null ? List.of() : List.copyOf(list)));
        return Map.copyOf(copy);
    }

    private Example example(Path file, String field, ExampleFile raw, Set<String> codes, Set<NetworkId> networkIds) {
        new FileChecks(file, problems).require(field + ".text", raw.text());
        List<Example.Expected> expected = new ArrayList<>();
        if (raw.expect() == null) {
            problems.add(new Problem(file, field + ".expect",
                    "is missing: list the message codes this draft must raise, or [] if the tip stays quiet"));
        } else {
            for (int i = 0; i < raw.expect().size(); i++) {
                Example.Expected one = expected(file, field + ".expect[" + i + "]", raw.expect().get(i));
                if (one != null) {
                    knownCode(file, field + ".expect[" + i + "]", one.code(), codes);
                    expected.add(one);
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
        return new Example(draft, List.copyOf(expected));
    }

    /** An expected finding: its code alone, or {@code {code, at, fix}} to pin its span and its first fix too. */
    private Example.Expected expected(Path file, String field, JsonNode node) {
        if (node.isTextual()) {
            return new Example.Expected(node.textValue(), null, null);
        }
        Set<String> allowed = Set.of("code", "at", "fix");
        if (node.isObject() && node.path("code").isTextual() && java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(node.fieldNames(), 0), false).allMatch(allowed::contains)
                && (!node.has("at") || node.get("at").isTextual()) && (!node.has("fix") || node.get("fix").isTextual())) {
            return new Example.Expected(node.get("code").textValue(), node.path("at").textValue(),
                    node.path("fix").textValue());
        }
        problems.add(new Problem(file, field, "must be a message code, or {code, at, fix} with texts"));
        return null;
    }

    /**
     * The codes a tip's examples may expect: its messages; a spelling and grammar tip's findings carry LanguageTool's
     * rule ids instead ({@code D_N}, {@code MORFOLOGIK_RULE_EN_US}), which no tip file could list, so any id in
     * LanguageTool's spelling is accepted there (null).
     */
    private static Set<String> exampleCodes(String kind, Map<String, ?> messages) {
        return LANGUAGE_KIND.equals(kind) ? null : messages.keySet();
    }

    private void knownCode(Path file, String field, String code, Set<String> codes) {
        if (codes == null) {
            if (!LANGUAGE_TOOL_ID.matcher(code).matches()) {
                problems.add(new Problem(file, field, "'" + code + "' is not a LanguageTool rule id (upper snake case, "
                        + "e.g. D_N or MORFOLOGIK_RULE_EN_US)"));
            }
            return;
        }
        if (!codes.contains(code)) {
            problems.add(new Problem(file, field, "'" + code + "' is not one of this tip's messages "
                    + codes.stream().sorted().toList()));
        }
    }

    private static final String LANGUAGE_KIND = "language";
    private static final java.util.regex.Pattern LANGUAGE_TOOL_ID = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");

    private void knownNetwork(Path file, String field, String id, Set<NetworkId> networkIds) {
        boolean known = NetworkId.isValid(id) && networkIds.contains(NetworkId.of(id));
        if (!known && !brokenNetworks.contains(id)) {
            problems.add(new Problem(file, field, "unknown network '" + id + "' (known: "
                    + networkIds.stream().sorted().map(NetworkId::value).collect(Collectors.joining(", ")) + ")"));
        }
    }
}
