package fr.ricochet.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The keys and JSON types of an answer, path by path ({@code matches[].rule.id → string}): array items share one
 * path, so two answers have the same shape when clients can read them with the same code.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Every path under {@code node} with the types met there. */
    static Map<String, Set<String>> of(JsonNode node) {
        Map<String, Set<String>> shape = new TreeMap<>();
        walk(node, "$", shape);
        return shape;
    }

    /** The same, over several answers: the union of their paths and types. */
    static void addAll(Map<String, Set<String>> into, Map<String, Set<String>> shape) {
        shape.forEach((path, types) -> into.computeIfAbsent(path, p -> new TreeSet<>()).addAll(types));
    }

    static String type(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void walk(JsonNode node, String path, Map<String, Set<String>> shape) {
        shape.computeIfAbsent(path, p -> new TreeSet<>()).add(type(node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "." + field.getKey(), shape);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, path + "[]", shape);
            }
        }
    }
}
