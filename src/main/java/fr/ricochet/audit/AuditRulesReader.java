package fr.ricochet.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.rules.Localized;
import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.RulesException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and checks {@code rules/audit.yaml}; every problem names the field and what is allowed. */
final class AuditRulesReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private AuditRulesReader(Path file) {
        this.file = file;
    }

    static AuditRules read(Path file) {
        return new AuditRulesReader(file).parse();
    }

    private AuditRules parse() {
        // Through the Path, not toFile(): the embedded rules live in the jar's zip file system.
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw failure(null, "must hold a YAML mapping");
            }
            missing(tree, AuditRules.class, "");
            if (!problems.isEmpty()) {
                throw new RulesException(problems);
            }
            AuditRules rules = YAML.treeToValue(tree, AuditRules.class);
            AuditRulesCheck.check(rules, this::problem);
            if (!problems.isEmpty()) {
                throw new RulesException(problems);
            }
            return rules;
        } catch (NoSuchFileException e) {
            throw failure(null, "is missing: the audit's thresholds are read from it");
        } catch (JsonMappingException e) {
            throw failure(pathOf(e), plainMessage(e));
        } catch (IOException e) {
            throw failure(null, "is not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private void problem(String field, String message) {
        problems.add(new Problem(file, field, message));
    }

    private RulesException failure(String field, String message) {
        problem(field, message);
        return new RulesException(problems);
    }

    /**
     * Jackson leaves a missing number at 0 and a missing list null: a field the record needs and the file lacks is
     * named here instead. Texts and boxed numbers may be left out (a study without a single figure).
     */
    private void missing(JsonNode node, Class<?> type, String path) {
        for (RecordComponent component : type.getRecordComponents()) {
            String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
            JsonNode value = node.get(component.getName());
            Class<?> valueType = component.getType();
            boolean optional = valueType == String.class || valueType == Double.class;
            if (value == null || value.isNull()) {
                if (!optional) {
                    problem(field, "is missing (" + describe(valueType) + ")");
                }
            } else if (valueType.isRecord() && valueType != Localized.class && value.isObject()) {
                missing(value, valueType, field);
            } else if (valueType == List.class && value.isArray()
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                for (int i = 0; i < value.size(); i++) {
                    missing(value.get(i), element, field + "[" + i + "]");
                }
            }
        }
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == double.class) {
            return "a number";
        }
        if (type == List.class) {
            return "a list";
        }
        if (type == Localized.class) {
            return "a text in fr and en";
        }
        return "a mapping";
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String plainMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "' (allowed: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "wrong type: " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
