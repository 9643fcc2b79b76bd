package fr.ricochet.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.report.languagetool.AnnotatedText;
import fr.ricochet.request.FieldError;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads LanguageTool's {@code data} form field: {@code {"annotation": [{"text": "…"}, {"markup": "<b>"},
 * {"markup": "<p>", "interpretAs": "\n\n"}, …]}}. Every problem is reported with the piece it is in.
 */
final class LanguageToolData {

    private static final Set<String> TEXT_KEYS = Set.of("text");
    private static final Set<String> MARKUP_KEYS = Set.of("markup", "interpretAs");
    private static final String SHAPE = "{\"annotation\": [{\"text\": \"…\"}, {\"markup\": \"…\", \"interpretAs\": \"…\"}]}";

    private LanguageToolData() {
    }

    /** @return the document, or null with {@code errors} saying why */
    static AnnotatedText read(String data, List<FieldError> errors) {
        JsonNode json;
        try {
            json = ReportJson.mapper().readTree(data);
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("data", "is not valid JSON; expected " + SHAPE,
                    "n'est pas du JSON valide ; attendu : " + SHAPE));
            return null;
        }
        JsonNode annotation = json == null ? null : json.get("annotation");
        if (annotation == null || !annotation.isArray()) {
            errors.add(new FieldError("data", "must be an object with an \"annotation\" array: " + SHAPE,
                    "doit être un objet avec un tableau \"annotation\" : " + SHAPE));
            return null;
        }
        AnnotatedText.Builder document = new AnnotatedText.Builder();
        int before = errors.size();
        for (int i = 0; i < annotation.size(); i++) {
            JsonNode piece = annotation.get(i);
            String field = "data.annotation[" + i + "]";
            if (isString(piece, "text") && onlyKeys(piece, TEXT_KEYS)) {
                document.text(piece.get("text").textValue());
            } else if (isString(piece, "markup") && onlyKeys(piece, MARKUP_KEYS)
                    && (!piece.has("interpretAs") || isString(piece, "interpretAs"))) {
                document.markup(piece.get("markup").textValue(),
                        piece.has("interpretAs") ? piece.get("interpretAs").textValue() : "");
            } else {
                errors.add(new FieldError(field, "must be {\"text\": string} or {\"markup\": string} with an optional"
                        + " \"interpretAs\": string", "doit être {\"text\": chaîne} ou {\"markup\": chaîne} avec un"
                        + " \"interpretAs\": chaîne facultatif"));
            }
        }
        return errors.size() == before ? document.build() : null;
    }

    private static boolean isString(JsonNode piece, String key) {
        return piece.isObject() && piece.has(key) && piece.get(key).isTextual();
    }

    private static boolean onlyKeys(JsonNode piece, Set<String> allowed) {
        for (Iterator<String> names = piece.fieldNames(); names.hasNext(); ) {
            if (!allowed.contains(names.next())) {
                return false;
            }
        }
        return true;
    }
}
