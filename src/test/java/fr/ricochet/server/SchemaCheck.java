package fr.ricochet.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small JSON Schema check over the schemas swagger-parser read from the OpenAPI document: the keywords
 * the document uses (type, enum, properties, required, additionalProperties, items, oneOf, bounds,
 * pattern, $ref). It lists every violation with its JSON path, so a drift names the field at fault.
 */
final class SchemaCheck {

    private final OpenAPI api;

    SchemaCheck(OpenAPI api) {
        this.api = api;
    }

    List<String> violations(Schema<?> schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    private Schema<?> resolve(Schema<?> schema) {
        while (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            schema = api.getComponents().getSchemas().get(name);
            if (schema == null) {
                throw new AssertionError("unresolved $ref " + name);
            }
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private void check(Schema<?> given, JsonNode value, String path, List<String> found) {
        Schema<?> schema = resolve(given);
        if (schema.getOneOf() != null) {
            int matching = 0;
            for (Schema<?> option : schema.getOneOf()) {
                if (violations(option, value).isEmpty()) {
                    matching++;
                }
            }
            if (matching != 1) {
                found.add(path + ": matches " + matching + " of the oneOf options, not exactly 1: " + value);
            }
            return;
        }
        Set<String> types = schema.getTypes() != null ? schema.getTypes()
                : schema.getType() != null ? Set.of(schema.getType()) : Set.of();
        if (!types.isEmpty() && types.stream().noneMatch(type -> hasType(value, type))) {
            found.add(path + ": expected " + types + ", got " + value.getNodeType());
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
            found.add(path + ": " + value + " is not one of " + schema.getEnum());
        }
        if (value.isNumber()) {
            bound(schema.getMinimum(), value, path, found, true);
            bound(schema.getMaximum(), value, path, found, false);
        }
        if (value.isTextual() && schema.getPattern() != null && !value.asText().matches(schema.getPattern())) {
            found.add(path + ": '" + value.asText() + "' does not match " + schema.getPattern());
        }
        if (value.isArray()) {
            if (schema.getMinItems() != null && value.size() < schema.getMinItems()) {
                found.add(path + ": fewer than " + schema.getMinItems() + " items");
            }
            if (schema.getMaxItems() != null && value.size() > schema.getMaxItems()) {
                found.add(path + ": more than " + schema.getMaxItems() + " items");
            }
            if (schema.getItems() != null) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.getItems(), value.get(i), path + "[" + i + "]", found);
                }
            }
        }
        if (value.isObject()) {
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            if (schema.getRequired() != null) {
                for (String required : schema.getRequired()) {
                    if (!value.has(required)) {
                        found.add(path + ": missing required '" + required + "'");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Schema<?> property = properties.get(field.getKey());
                Object additional = schema.getAdditionalProperties();
                if (property != null) {
                    check(property, field.getValue(), path + "." + field.getKey(), found);
                } else if (Boolean.FALSE.equals(additional) || additional instanceof Schema<?> closed
                        && Boolean.FALSE.equals(closed.getBooleanSchemaValue())) {
                    // 3.1 documents read "additionalProperties: false" as a boolean schema
                    found.add(path + ": '" + field.getKey() + "' is not in the schema");
                } else if (additional instanceof Schema<?> extra) {
                    check(extra, field.getValue(), path + "." + field.getKey(), found);
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new AssertionError("unknown type " + type);
        };
    }

    private static void bound(BigDecimal limit, JsonNode value, String path, List<String> found, boolean min) {
        if (limit != null && (min ? value.decimalValue().compareTo(limit) < 0 : value.decimalValue().compareTo(limit) > 0)) {
            found.add(path + ": " + value + (min ? " is below " : " is above ") + limit);
        }
    }
}
