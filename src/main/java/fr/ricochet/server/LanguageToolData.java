package fr.ricochet.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.report.languagetool.AnnotatedText;
import fr.ricochet.request.FieldError;
import java.util.List;
import java.util.Locale;

/**
 * Reads LanguageTool's {@code data} form field: {@code {"annotation": [{"text": "…"}, {"markup": "<b>"},
 * {"markup": "<p>", "interpretAs": "\n\n"}, …]}}, or {@code {"text": "…"}} with LanguageTool's optional
 * {@code metaData}. As LanguageTool 6.6 does, a piece may carry keys of its own beside these (annotatedtext-rehype
 * puts an {@code offset} object in every piece): they are ignored. What LanguageTool refuses is refused, and so
 * is a value that is not a string where LanguageTool would silently read {@code 3} as "3" or an object as "".
 * Every problem is reported with the piece and the key it is in.
 */
final class LanguageToolData {

    private static final String SHAPE = "{\"annotation\": [{\"text\": \"…\"}, {\"markup\": \"…\", \"interpretAs\": \"…\"}]}"
            + " or {\"text\": \"…\"}";
    private static final String PIECE_EN = "must be {\"text\": string} or {\"markup\": string} with an optional"
            + " \"interpretAs\": string (other keys are ignored)";
    private static final String PIECE_FR = "doit être {\"text\": chaîne} ou {\"markup\": chaîne} avec un"
            + " \"interpretAs\": chaîne facultatif (les autres clés sont ignorées)";

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
        JsonNode text = json == null ? null : json.get("text");
        if (annotation != null && text != null) {
            errors.add(new FieldError("data", "cannot hold both \"text\" and \"annotation\": " + SHAPE,
                    "ne peut pas contenir à la fois \"text\" et \"annotation\" : " + SHAPE));
            return null;
        }
        if (text != null) {
            if (!text.isTextual()) {
                errors.add(new FieldError("data.text", "must be a string", "doit être une chaîne"));
                return null;
            }
            return AnnotatedText.of(text.textValue());
        }
        if (annotation == null || !annotation.isArray()) {
            errors.add(new FieldError("data", "must be an object with an \"annotation\" array: " + SHAPE,
                    "doit être un objet avec un tableau \"annotation\" : " + SHAPE));
            return null;
        }
        AnnotatedText.Builder document = new AnnotatedText.Builder();
        int before = errors.size();
        for (int i = 0; i < annotation.size(); i++) {
            piece(annotation.get(i), "data.annotation[" + i + "]", document, errors);
        }
        return errors.size() == before ? document.build() : null;
    }

    private static void piece(JsonNode piece, String field, AnnotatedText.Builder document, List<FieldError> errors) {
        JsonNode text = piece.isObject() ? piece.get("text") : null;
        JsonNode markup = piece.isObject() ? piece.get("markup") : null;
        // An explicit null is what many serialisers write for an absent optional value.
        JsonNode interpretAs = piece.isObject() && piece.hasNonNull("interpretAs") ? piece.get("interpretAs") : null;
        if ((text == null) == (markup == null) || (text != null && interpretAs != null)) {
            errors.add(new FieldError(field, PIECE_EN, PIECE_FR));
        } else if (text != null) {
            if (isString(text, field + ".text", errors)) {
                document.text(text.textValue());
            }
        } else if (isString(markup, field + ".markup", errors)
                && (interpretAs == null || isString(interpretAs, field + ".interpretAs", errors))) {
            document.markup(markup.textValue(), interpretAs == null ? "" : interpretAs.textValue());
        }
    }

    private static boolean isString(JsonNode value, String field, List<FieldError> errors) {
        if (value.isTextual()) {
            return true;
        }
        errors.add(new FieldError(field, "must be a string, not " + value.getNodeType().name().toLowerCase(
                Locale.ROOT), "doit être une chaîne, pas " + french(value)));
        return false;
    }

    private static String french(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "un nombre";
            case BOOLEAN -> "un booléen";
            case NULL -> "null";
            case ARRAY -> "un tableau";
            case OBJECT -> "un objet";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
