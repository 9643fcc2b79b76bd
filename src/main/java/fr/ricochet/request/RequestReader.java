package fr.ricochet.request;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.value.Audience;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the JSON of an analysis request into an {@link AnalysisRequest}, or explains every field at fault.
 * Nothing is guessed: an unknown field, a wrong type or a value outside the allowed set is an error.
 */
public final class RequestReader {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_MEDIA = 20;
    public static final int MAX_ALT_TEXT = 10_000;
    public static final int MAX_ID = 200;
    static final Set<String> FIELDS = Set.of("text", "networks", "language", "media", "scheduledAt", "timeZone",
            "audience", "id", "kind", "grammar", "profile");
    private static final Set<String> MEDIA_FIELDS = Set.of("type", "altText");

    /** What a request that names no network is analysed for. */
    private static final List<NetworkId> DEFAULT_NETWORKS = List.of(NetworkId.of("x"));

    private final Set<NetworkId> networks;
    private final List<String> kinds;
    private final ProfileReader profiles;
    private final ProfileLookup stored;

    /** @param networks the network ids of the loaded rules, in the order they should be listed */
    public RequestReader(Set<NetworkId> networks) {
        this(networks, List.of());
    }

    /** @param kinds the kinds of post of the loaded rules; {@code auto} is always allowed */
    public RequestReader(Set<NetworkId> networks, List<String> kinds) {
        this(networks, kinds, ProfileLookup.NONE);
    }

    /** @param stored where a profile named by its id is found */
    public RequestReader(Set<NetworkId> networks, List<String> kinds, ProfileLookup stored) {
        this.networks = new TreeSet<>(networks);
        List<String> allowed = new ArrayList<>(List.of(AnalysisRequest.AUTO));
        allowed.addAll(kinds);
        this.kinds = List.copyOf(allowed);
        this.profiles = new ProfileReader(networks);
        this.stored = stored;
    }

    /** The same reader, finding the profiles requests name by id in this store. */
    public RequestReader withProfiles(ProfileLookup store) {
        return new RequestReader(networks, kinds.subList(1, kinds.size()), store);
    }

    /** The reader of calibration profiles on the same networks. */
    public ProfileReader profiles() {
        return profiles;
    }

    /** A single draft: its spelling and grammar are checked unless it says {@code "grammar": false}. */
    public AnalysisRequest read(JsonNode json) {
        return read(json, true);
    }

    /** @param grammarByDefault whether to check spelling and grammar when the request does not say (no in batches) */
    public AnalysisRequest read(JsonNode json, boolean grammarByDefault) {
        List<FieldError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("",
                    "the request must be a JSON object with at least a \"text\" field",
                    "la requête doit être un objet JSON avec au moins un champ \"text\"")));
        }
        Fields.unknown(json, FIELDS, "", errors);
        String text = text(json.get("text"), errors);
        List<NetworkId> chosen = Fields.networks(json.get("networks"), networks, DEFAULT_NETWORKS, errors);
        LanguageChoice language = LanguageChoice.fromCode(Fields.choice(json.get("language"), "language",
                LanguageChoice.codes(), LanguageChoice.AUTO.code(), errors)).orElseThrow();
        List<Media> media = media(json.get("media"), errors);
        OffsetDateTime scheduledAt = Fields.dateTime(json.get("scheduledAt"), "scheduledAt", errors);
        CalibrationProfile profile = profile(json.get("profile"), errors);
        // The profile's hours are read in its audience's zone: it is the request's when the request names none.
        ZoneId zone = json.get("timeZone") == null && profile != null ? ZoneId.of(profile.timeZone())
                : Fields.zone(json.get("timeZone"), errors);
        Audience audience = Audience.of(Fields.choice(json.get("audience"), "audience", Fields.AUDIENCES,
                Audience.GENERAL.id(), errors));
        JsonNode id = id(json.get("id"), errors);
        String kind = Fields.choice(json.get("kind"), "kind", kinds, AnalysisRequest.AUTO, errors);
        boolean grammar = Fields.bool(json.get("grammar"), "grammar", grammarByDefault, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new AnalysisRequest(text, chosen, language, media, scheduledAt, zone, audience, id, kind, grammar,
                profile);
    }

    /** A stored profile's id, or a profile inline; null when absent. */
    private CalibrationProfile profile(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return profiles.read(node, "profile.", errors);
        }
        if (node.isTextual() && node.textValue().length() <= MAX_ID) {
            Optional<CalibrationProfile> found = stored.find(node.textValue());
            if (found.isEmpty()) {
                errors.add(new FieldError("profile", "no stored calibration profile has the id " + node
                        + " (save one with POST /api/v1/profiles, or give the profile itself here)",
                        "aucun profil de calibration enregistré n'a l'identifiant " + node
                                + " (enregistrez-en un avec POST /api/v1/profiles, ou donnez ici le profil lui-même)"));
            }
            return found.orElse(null);
        }
        errors.add(new FieldError("profile", "must be a stored profile's id (a string) or a calibration profile (an "
                + "object)", "doit être l'identifiant d'un profil enregistré (une chaîne) ou un profil de "
                + "calibration (un objet)"));
        return null;
    }

    /** The id of a request even when the rest is invalid, so a batch can echo it beside the error. */
    public static JsonNode idOf(JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode id = json.get("id");
        return id != null && (id.isTextual() || id.isNumber()) ? id : null;
    }

    private static String text(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("text", "is required: the draft to analyse, 1 to 10,000 characters",
                    "est obligatoire : le brouillon à analyser, de 1 à 10 000 caractères"));
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("text", "must be a string of 1 to 10,000 characters",
                    "doit être une chaîne de 1 à 10 000 caractères"));
            return null;
        }
        String text = node.textValue();
        int length = text.codePointCount(0, text.length());
        if (text.isBlank()) {
            errors.add(new FieldError("text", "is empty: write the draft to analyse (1 to 10,000 characters)",
                    "est vide : écrivez le brouillon à analyser (de 1 à 10 000 caractères)"));
        } else if (length > MAX_TEXT) {
            errors.add(new FieldError("text", "has " + length + " characters; at most 10,000 are allowed",
                    "compte " + length + " caractères ; 10 000 au plus sont permis"));
        } else {
            TextPolicy.check("text", text).ifPresent(errors::add);
        }
        return text;
    }

    private static List<Media> media(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError("media", "must be a list of {\"type\": \"image\"|\"video\"|\"gif\", \"altText\": \"...\"}",
                    "doit être une liste de {\"type\": \"image\"|\"video\"|\"gif\", \"altText\": \"...\"}"));
            return List.of();
        }
        if (node.size() > MAX_MEDIA) {
            errors.add(new FieldError("media", "has " + node.size() + " items; at most " + MAX_MEDIA + " are allowed",
                    "compte " + node.size() + " éléments ; " + MAX_MEDIA + " au plus sont permis"));
            return List.of();
        }
        List<Media> media = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "media[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError(field, "must be an object {\"type\", \"altText\"}",
                        "doit être un objet {\"type\", \"altText\"}"));
                continue;
            }
            Fields.unknown(item, MEDIA_FIELDS, field + ".", errors);
            JsonNode type = item.get("type");
            MediaType parsed = null;
            for (MediaType candidate : MediaType.values()) {
                if (type != null && candidate.id().equals(type.textValue())) {
                    parsed = candidate;
                }
            }
            if (parsed == null) {
                errors.add(new FieldError(field + ".type", (type == null ? "is required" : type + " is not allowed")
                        + " (allowed: image, video, gif)", (type == null ? "est obligatoire" : type
                        + " n'est pas permis") + " (valeurs permises : image, video, gif)"));
            }
            JsonNode alt = item.get("altText");
            String altText = null;
            if (alt != null && !alt.isNull()) {
                if (!alt.isTextual()) {
                    errors.add(new FieldError(field + ".altText", "must be a string",
                            "doit être une chaîne de caractères"));
                } else if (alt.textValue().length() > MAX_ALT_TEXT) {
                    errors.add(new FieldError(field + ".altText", "is longer than " + MAX_ALT_TEXT + " characters",
                            "dépasse " + MAX_ALT_TEXT + " caractères"));
                } else if (TextPolicy.check(field + ".altText", alt.textValue()).isPresent()) {
                    errors.add(TextPolicy.check(field + ".altText", alt.textValue()).get());
                } else {
                    altText = alt.textValue();
                }
            }
            media.add(new Media(parsed, altText));
        }
        return media;
    }

    private static JsonNode id(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!(node.isTextual() || node.isIntegralNumber()) || node.asText().length() > MAX_ID) {
            errors.add(new FieldError("id", "must be a string or an integer of at most " + MAX_ID + " characters",
                    "doit être une chaîne ou un entier d'au plus " + MAX_ID + " caractères"));
            return null;
        }
        return node;
    }
}
