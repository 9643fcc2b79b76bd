package fr.ricochet.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.ricochet.value.Audience;
import fr.ricochet.value.NetworkId;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The field checks an analysis request and a workshop share: each reads one JSON field, adds a bilingual
 * {@link FieldError} saying what is wrong and what is allowed, and returns a usable value either way, so a
 * reader can report every field at fault at once.
 */
public final class Fields {

    /** The audiences a request may name, as it writes them. */
    public static final List<String> AUDIENCES = Audience.ids();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** Planned times outside these years are typing mistakes, and would overflow the week arithmetic. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private Fields() {
    }

    /** @param prefix the path of the object holding the fields, ending with a dot ({@code media[0].}), or "" */
    public static void unknown(JsonNode json, Set<String> allowed, String prefix, List<FieldError> errors) {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String list = String.join(", ", new TreeSet<>(allowed));
                errors.add(new FieldError(path(prefix, name), "unknown field (allowed: " + list + ")",
                        "champ inconnu (champs permis : " + list + ")"));
            }
        }
    }

    /**
     * A field's path as JavaScript writes it: {@code media[0].size}, or {@code media[0][""]} and {@code ["a.b"]} for a
     * name that is no identifier, so that an empty name is not taken for the whole request ("") nor a dot in a name
     * for a nested field.
     */
    static String path(String prefix, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return prefix + name;
        }
        String parent = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return parent + "[" + TextNode.valueOf(name) + "]";
    }

    public static String choice(JsonNode node, String field, List<String> allowed, String fallback,
            List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual() || !allowed.contains(node.textValue())) {
            String list = String.join(", ", allowed);
            errors.add(new FieldError(field, node + " is not allowed (allowed: " + list + ")",
                    node + " n'est pas permis (valeurs permises : " + list + ")"));
            return fallback;
        }
        return node.textValue();
    }

    /** A JSON true or false; anything else is refused (a string "false" would otherwise read as true). */
    public static boolean bool(JsonNode node, String field, boolean fallback, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(field, node + " is not allowed (allowed: true, false)",
                    node + " n'est pas permis (valeurs permises : true, false)"));
            return fallback;
        }
        return node.booleanValue();
    }

    /**
     * @param known    the network ids of the loaded rules
     * @param fallback what an absent field means, or null when the field is required
     */
    public static List<NetworkId> networks(JsonNode node, Set<NetworkId> known, List<NetworkId> fallback,
            List<FieldError> errors) {
        String allowed = String.join(", ", new TreeSet<>(known).stream().map(NetworkId::value).toList());
        if ((node == null || node.isNull()) && fallback != null) {
            return fallback;
        }
        if (node == null || node.isNull()) {
            errors.add(new FieldError("networks", "is required: a non-empty list among " + allowed,
                    "est obligatoire : une liste non vide parmi " + allowed));
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            errors.add(new FieldError("networks", "must be a non-empty list among: " + allowed,
                    "doit être une liste non vide parmi : " + allowed));
            return List.of();
        }
        Set<NetworkId> chosen = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || !NetworkId.isValid(item.textValue())
                    || !known.contains(NetworkId.of(item.textValue()))) {
                String shown = item.isTextual() ? "'" + item.textValue() + "'" : item.toString();
                errors.add(new FieldError("networks[" + i + "]", shown + " is not a known network (allowed: "
                        + allowed + ")", shown + " n'est pas un réseau connu (réseaux permis : " + allowed + ")"));
            } else {
                chosen.add(NetworkId.of(item.textValue()));
            }
        }
        return List.copyOf(chosen);
    }

    /** An ISO-8601 date-time with offset between {@value #MIN_YEAR} and {@value #MAX_YEAR}; null when absent. */
    public static OffsetDateTime dateTime(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (node.isTextual()) {
                OffsetDateTime parsed = OffsetDateTime.parse(node.textValue());
                if (parsed.getYear() >= MIN_YEAR && parsed.getYear() <= MAX_YEAR) {
                    return parsed;
                }
                errors.add(new FieldError(field, "year " + parsed.getYear() + " is out of range (allowed: "
                        + MIN_YEAR + " to " + MAX_YEAR + ")", "l'année " + parsed.getYear()
                        + " est hors limites (permises : de " + MIN_YEAR + " à " + MAX_YEAR + ")"));
                return null;
            }
        } catch (DateTimeParseException e) {
            // reported below with the expected shape
        }
        errors.add(new FieldError(field, node + " is not an ISO-8601 date-time with offset, such as "
                + "2026-12-01T12:30:00+01:00", node + " n'est pas une date-heure ISO-8601 avec décalage, comme "
                + "2026-12-01T12:30:00+01:00"));
        return null;
    }

    /** An IANA time zone in {@code timeZone}; the default zone when absent or wrong. */
    public static ZoneId zone(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return ZoneId.of(AnalysisRequest.DEFAULT_ZONE);
        }
        try {
            if (node.isTextual() && ZoneId.getAvailableZoneIds().contains(node.textValue())) {
                return ZoneId.of(node.textValue());
            }
        } catch (DateTimeException e) {
            // reported below with the expected shape
        }
        errors.add(new FieldError("timeZone", node + " is not an IANA time zone, such as Europe/Paris or "
                + "America/Montreal", node + " n'est pas un fuseau horaire IANA, comme Europe/Paris ou "
                + "America/Montreal"));
        return ZoneId.of(AnalysisRequest.DEFAULT_ZONE);
    }
}
