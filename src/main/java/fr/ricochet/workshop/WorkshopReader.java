package fr.ricochet.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.Fields;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
import fr.ricochet.request.TextPolicy;
import fr.ricochet.value.NetworkId;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks what a trainer or a participant typed, the way {@link RequestReader} checks a draft: every field at fault
 * is named, in French and English, in one {@link InvalidRequestException}. Lengths count characters as people do
 * (code points), and the limits keep one workshop from filling the database.
 */
public final class WorkshopReader {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BRIEF = 4_000;
    public static final int MAX_PSEUDONYM = 40;
    static final Set<String> FIELDS = Set.of("title", "brief", "networks", "audience", "startingPost", "plannedAt",
            "timeZone");

    private final Set<NetworkId> networks;

    /** @param networks the network ids of the loaded rules */
    public WorkshopReader(Set<NetworkId> networks) {
        this.networks = new TreeSet<>(networks);
    }

    /** The settings of a new workshop, from JSON such as {@code {"title": "...", "networks": ["x"]}}. */
    public WorkshopSettings settings(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("", "the workshop must be a JSON object with at "
                    + "least \"title\" and \"networks\"", "l'atelier doit être un objet JSON avec au moins \"title\" "
                    + "et \"networks\"")));
        }
        List<FieldError> errors = new ArrayList<>();
        Fields.unknown(json, FIELDS, "", errors);
        String title = text(json.get("title"), "title", true, MAX_TITLE, errors);
        String brief = text(json.get("brief"), "brief", false, MAX_BRIEF, errors);
        List<String> chosen = Fields.networks(json.get("networks"), networks, null, errors).stream().map(NetworkId::value)
                .toList();
        String audience = Fields.choice(json.get("audience"), "audience", Fields.AUDIENCES, "general", errors);
        String startingPost = text(json.get("startingPost"), "startingPost", false, RequestReader.MAX_TEXT, errors);
        OffsetDateTime planned = Fields.dateTime(json.get("plannedAt"), "plannedAt", errors);
        Instant plannedAt = planned == null ? null : planned.toInstant();
        String zone = Fields.zone(json.get("timeZone"), errors).getId();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new WorkshopSettings(title, brief == null ? "" : brief, chosen, audience,
                startingPost == null || startingPost.isBlank() ? null : startingPost, plannedAt, zone);
    }

    /** A pseudonym, trimmed: 1 to 40 characters, no control characters. */
    public static String pseudonym(String typed) {
        List<FieldError> errors = new ArrayList<>();
        String pseudonym = typed == null ? null : typed.strip();
        if (pseudonym == null || pseudonym.isEmpty()) {
            errors.add(new FieldError("pseudonym", "is required: the name the trainer will see, 1 to " + MAX_PSEUDONYM
                    + " characters", "est obligatoire : le nom que verra l'animateur, de 1 à " + MAX_PSEUDONYM
                    + " caractères"));
        } else if (pseudonym.codePointCount(0, pseudonym.length()) > MAX_PSEUDONYM) {
            errors.add(new FieldError("pseudonym", "is longer than " + MAX_PSEUDONYM + " characters",
                    "dépasse " + MAX_PSEUDONYM + " caractères"));
        } else if (TextPolicy.check("pseudonym", pseudonym).isPresent()) {
            errors.add(TextPolicy.check("pseudonym", pseudonym).get());
        } else if (pseudonym.codePoints().anyMatch(WorkshopReader::isControl)) {
            errors.add(new FieldError("pseudonym", "contains control characters", "contient des caractères de contrôle"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return pseudonym;
    }

    /**
     * What two participants may not share: "Léa", "léa" and "Ｌéa " are the same person to the eye, so they fold to
     * the same key (NFKC, lower case, runs of spaces made one).
     */
    public static String pseudonymKey(String pseudonym) {
        return Normalizer.normalize(pseudonym, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT && codePoint != 0x200D;
    }

    private static String text(JsonNode node, String field, boolean required, int max, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isTextual() && node.textValue().isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required (1 to " + max + " characters)",
                        "est obligatoire (de 1 à " + max + " caractères)"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string of at most " + max + " characters",
                    "doit être une chaîne d'au plus " + max + " caractères"));
            return null;
        }
        String value = node.textValue().strip();
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.add(new FieldError(field, "has " + length + " characters; at most " + max + " are allowed",
                    "compte " + length + " caractères ; " + max + " au plus sont permis"));
            return null;
        }
        Optional<FieldError> refused = TextPolicy.check(field, value);
        if (refused.isPresent()) {
            errors.add(refused.get());
            return null;
        }
        return value;
    }

}
