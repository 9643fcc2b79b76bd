package fr.ricochet.request;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.rules.profile.ProfileWindow;
import fr.ricochet.value.NetworkId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a calibration profile, as an audit writes it (JSON or YAML, version {@value CalibrationProfile#VERSION}), and
 * checks every field: a known network, an IANA zone, the features and groups {@link ProfileEffect} documents,
 * {@code 0 < low <= ratio <= high}, counts of zero or more, windows' hours from 0 to 24 with {@code from < to}. Every
 * field at fault is reported at once, in English and French, as a request's are.
 */
public final class ProfileReader {

    /** A profile's size as a body or a file: an audit's is a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;
    static final int MAX_EFFECTS = 200;
    /** One window per hour of the week at most. */
    static final int MAX_WINDOWS = 168;
    static final int MAX_NAME = 200;
    static final Set<String> FIELDS = Set.of("version", "id", "account", "network", "timeZone", "posts", "from", "to",
            "engagement", "effects", "windows");
    private static final Set<String> EFFECT_FIELDS = Set.of("feature", "group", "ratio", "low", "high", "n", "nOthers");
    private static final Set<String> WINDOW_FIELDS = Set.of("day", "from", "to", "ratio", "n");
    /** The groups each feature is measured for (see {@link ProfileEffect}). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "image", List.of("with"), "mention", List.of("with"), "link", List.of("with"),
            "question", List.of("with"), "hashtags", List.of("0", "1-2", "3+"),
            "length", List.of("under-100", "100-200", "over-200"),
            "hour", IntStream.range(0, 8).mapToObj(b -> String.format(Locale.ROOT, "%02d-%02d", 3 * b, 3 * b + 3))
                    .toList());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Set<NetworkId> networks;

    /** @param networks the network ids of the loaded rules */
    public ProfileReader(Set<NetworkId> networks) {
        this.networks = new TreeSet<>(networks);
    }

    /** A profile file or body: JSON when it opens with a brace, YAML otherwise. */
    public CalibrationProfile read(String text) {
        if (text.length() > MAX_BYTES) {
            throw new InvalidRequestException(List.of(new FieldError("", "the profile is larger than " + MAX_BYTES
                    + " characters", "le profil dépasse " + MAX_BYTES + " caractères")));
        }
        JsonNode json;
        try {
            json = (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            String whereFr = e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ")";
            throw new InvalidRequestException(List.of(new FieldError("", "the profile is neither valid JSON nor "
                    + "valid YAML" + where, "le profil n'est ni du JSON ni du YAML valide" + whereFr)));
        }
        return read(json);
    }

    /** A profile already parsed; throws with every field at fault. */
    public CalibrationProfile read(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        CalibrationProfile profile = read(json, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return profile;
    }

    /**
     * @param prefix the path of the profile in what holds it, ending with a dot ({@code profile.}), or ""
     * @return the profile, or null when any of its fields is at fault (each added to {@code errors})
     */
    CalibrationProfile read(JsonNode json, String prefix, List<FieldError> errors) {
        int before = errors.size();
        if (json == null || !json.isObject()) {
            errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "must be a calibration profile: an object with version, network, timeZone, posts, effects and "
                            + "windows", "doit être un profil de calibration : un objet avec version, network, "
                            + "timeZone, posts, effects et windows"));
            return null;
        }
        Fields.unknown(json, FIELDS, prefix, errors);
        Check check = new Check(prefix, errors);
        int version = check.integer(json, "version", CalibrationProfile.VERSION, CalibrationProfile.VERSION);
        String id = check.name(json, "id");
        String account = check.name(json, "account");
        NetworkId network = network(json.get("network"), check);
        String zone = zone(json.get("timeZone"), check);
        int posts = check.integer(json, "posts", 0, Integer.MAX_VALUE);
        Instant from = check.instant(json, "from");
        Instant to = check.instant(json, "to");
        if (from != null && to != null && from.isAfter(to)) {
            check.error("to", "comes before from (" + from + "); the newest post cannot be older than the oldest",
                    "précède from (" + from + ") ; le message le plus récent ne peut être plus ancien que le plus "
                            + "ancien");
        }
        String engagement = check.name(json, "engagement");
        List<ProfileEffect> effects = check.list(json, "effects", MAX_EFFECTS).stream()
                .map(item -> effect(item.getValue(), check.at(item.getKey()))).toList();
        List<ProfileWindow> windows = check.list(json, "windows", MAX_WINDOWS).stream()
                .map(item -> window(item.getValue(), check.at(item.getKey()))).toList();
        if (errors.size() > before) {
            return null;
        }
        return new CalibrationProfile(version, id, account, network, zone, posts, from, to, engagement, effects,
                windows);
    }

    private NetworkId network(JsonNode node, Check check) {
        String allowed = networks.stream().map(NetworkId::value).collect(Collectors.joining(", "));
        if (node == null || !node.isTextual() || !NetworkId.isValid(node.textValue())
                || !networks.contains(NetworkId.of(node.textValue()))) {
            check.error("network", (node == null ? "is required" : node + " is not a known network")
                    + " (allowed: " + allowed + ")", (node == null ? "est obligatoire" : node
                    + " n'est pas un réseau connu") + " (réseaux permis : " + allowed + ")");
            return null;
        }
        return NetworkId.of(node.textValue());
    }

    private static String zone(JsonNode node, Check check) {
        if (node == null || !node.isTextual() || !java.time.ZoneId.getAvailableZoneIds().contains(node.textValue())) {
            check.error("timeZone", (node == null ? "is required" : node + " is not an IANA time zone")
                    + ": the audience's zone, such as Europe/Paris or America/Montreal", (node == null
                    ? "est obligatoire" : node + " n'est pas un fuseau horaire IANA")
                    + " : le fuseau de l'audience, comme Europe/Paris ou America/Montreal");
            return null;
        }
        return node.textValue();
    }

    private static ProfileEffect effect(JsonNode json, Check check) {
        if (!check.object(json, "feature, group, ratio, low, high, n, nOthers")) {
            return null;
        }
        Fields.unknown(json, EFFECT_FIELDS, check.prefix, check.errors);
        String feature = check.choice(json, "feature", new TreeSet<>(GROUPS.keySet()).stream().toList());
        String group = feature == null ? null : check.choice(json, "group", GROUPS.get(feature));
        double ratio = check.positive(json, "ratio");
        double low = check.positive(json, "low");
        double high = check.positive(json, "high");
        if (low > 0 && ratio > 0 && high > 0 && !(low <= ratio && ratio <= high)) {
            check.error("ratio", "must lie within its interval: low <= ratio <= high (here " + low + ", " + ratio
                    + ", " + high + ")", "doit se trouver dans son intervalle : low <= ratio <= high (ici " + low
                    + ", " + ratio + ", " + high + ")");
        }
        int n = check.integer(json, "n", 0, Integer.MAX_VALUE);
        int others = check.integer(json, "nOthers", 0, Integer.MAX_VALUE);
        return new ProfileEffect(feature, group, ratio, low, high, n, others);
    }

    private static ProfileWindow window(JsonNode json, Check check) {
        if (!check.object(json, "day, from, to, ratio, n")) {
            return null;
        }
        Fields.unknown(json, WINDOW_FIELDS, check.prefix, check.errors);
        List<String> days = Stream.of(DayOfWeek.values()).map(DayOfWeek::name).toList();
        JsonNode dayNode = json.get("day");
        String day = dayNode != null && dayNode.isTextual()
                ? check.choice(dayNode.textValue().toUpperCase(Locale.ROOT), dayNode, "day", days)
                : check.choice(json, "day", days);
        int errorsBefore = check.errors.size();
        int from = check.integer(json, "from", 0, 23);
        int to = check.integer(json, "to", 1, 24);
        if (check.errors.size() == errorsBefore && from >= to) {
            check.error("to", "must come after from (" + from + "): a window ends later in the day than it starts",
                    "doit venir après from (" + from + ") : une plage finit plus tard dans la journée qu'elle ne "
                            + "commence");
        }
        double ratio = check.positive(json, "ratio");
        int n = check.integer(json, "n", 0, Integer.MAX_VALUE);
        return new ProfileWindow(day == null ? null : DayOfWeek.valueOf(day), from, to, ratio, n);
    }

    /** The checks of one object's fields, each adding its error under the object's path. */
    private static final class Check {

        private final String prefix;
        private final List<FieldError> errors;

        Check(String prefix, List<FieldError> errors) {
            this.prefix = prefix;
            this.errors = errors;
        }

        Check at(String field) {
            return new Check(field + ".", errors);
        }

        void error(String field, String en, String fr) {
            errors.add(new FieldError(prefix + field, en, fr));
        }

        /** A field absent or outside what is allowed: says which, and what is allowed. */
        void notAllowed(String field, JsonNode node, String allowed, String permis) {
            error(field, (node == null ? "is required" : node + " is not allowed") + " (allowed: " + allowed + ")",
                    (node == null ? "est obligatoire" : node + " n'est pas permis") + " (valeurs permises : " + permis
                            + ")");
        }

        boolean object(JsonNode json, String fields) {
            if (json != null && json.isObject()) {
                return true;
            }
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "must be an object {" + fields + "}",
                    "doit être un objet {" + fields + "}"));
            return false;
        }

        int integer(JsonNode json, String field, int min, int max) {
            JsonNode node = json.get(field);
            if (node != null && node.isInt() && node.intValue() >= min && node.intValue() <= max) {
                return node.intValue();
            }
            String range = max == Integer.MAX_VALUE ? "a whole number, 0 or more"
                    : min == max ? "" + min : "a whole number from " + min + " to " + max;
            String plage = max == Integer.MAX_VALUE ? "un nombre entier, 0 ou plus"
                    : min == max ? "" + min : "un nombre entier de " + min + " à " + max;
            notAllowed(field, node, range, plage);
            return min;
        }

        double positive(JsonNode json, String field) {
            JsonNode node = json.get(field);
            if (node != null && node.isNumber() && node.doubleValue() > 0 && Double.isFinite(node.doubleValue())) {
                return node.doubleValue();
            }
            notAllowed(field, node, "a number greater than 0, 1 meaning no difference",
                    "un nombre supérieur à 0, 1 voulant dire aucune différence");
            return 0;
        }

        /** A text among the allowed ones; a bare number reads as its text, since YAML reads {@code group: 0} so. */
        String choice(JsonNode json, String field, List<String> allowed) {
            JsonNode node = json.get(field);
            boolean scalar = node != null && (node.isTextual() || node.isIntegralNumber());
            return choice(scalar ? node.asText() : null, node, field, allowed);
        }

        String choice(String value, JsonNode node, String field, List<String> allowed) {
            if (value != null && allowed.contains(value)) {
                return value;
            }
            String list = String.join(", ", allowed);
            notAllowed(field, node, list, list);
            return null;
        }

        /** An optional short text: null when absent. */
        String name(JsonNode json, String field) {
            JsonNode node = json.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual() || node.textValue().length() > MAX_NAME) {
                error(field, "must be a string of at most " + MAX_NAME + " characters",
                        "doit être une chaîne d'au plus " + MAX_NAME + " caractères");
                return null;
            }
            TextPolicy.check(prefix + field, node.textValue()).ifPresent(errors::add);
            return node.textValue();
        }

        /** An optional ISO-8601 instant: null when absent. */
        Instant instant(JsonNode json, String field) {
            JsonNode node = json.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                if (node.isTextual()) {
                    return OffsetDateTime.parse(node.textValue()).toInstant();
                }
            } catch (DateTimeParseException e) {
                // reported below with the expected shape
            }
            error(field, node + " is not an ISO-8601 date-time with offset, such as 2025-11-30T18:00:00Z",
                    node + " n'est pas une date-heure ISO-8601 avec décalage, comme 2025-11-30T18:00:00Z");
            return null;
        }

        /** The items of an optional list (empty when absent), each with its path: {@code effects[3]}. */
        List<Map.Entry<String, JsonNode>> list(JsonNode json, String field, int max) {
            JsonNode node = json.get(field);
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray() || node.size() > max) {
                error(field, "must be a list of at most " + max + " items",
                        "doit être une liste d'au plus " + max + " éléments");
                return List.of();
            }
            List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(Map.entry(prefix + field + "[" + i + "]", node.get(i)));
            }
            return items;
        }
    }
}
