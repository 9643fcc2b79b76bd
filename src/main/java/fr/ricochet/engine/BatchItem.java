package fr.ricochet.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
import fr.ricochet.rules.Localized;

/**
 * One item of a batch, answered on its own: its report, or an error object in its place so that one bad
 * item never fails the others. Shared by {@code check --batch} (items are lines) and the HTTP batch
 * endpoint (items are array elements), so both speak the same error shape.
 */
public final class BatchItem {

    private static final ObjectMapper MAPPER = ReportJson.mapper();
    private static final Localized INVALID = new Localized("Requête invalide", "Invalid request");
    private static final Localized INTERNAL = new Localized("Erreur interne", "Internal error");
    private static final Localized UNANALYSED = new Localized("cet élément n'a pas pu être analysé",
            "this item could not be analysed");

    private BatchItem() {
    }

    /**
     * @param position where the item sits, echoed under {@code positionField} ("line" or "index")
     * @param language the language of the error messages, fr or en
     */
    public static JsonNode answer(Advisor advisor, JsonNode json, String positionField, int position,
            String language) {
        return answer(advisor, json, positionField, position, language, false);
    }

    /** @param grammarByDefault whether an item that does not say is checked for spelling and grammar (batches: no) */
    public static JsonNode answer(Advisor advisor, JsonNode json, String positionField, int position,
            String language, boolean grammarByDefault) {
        try {
            return MAPPER.valueToTree(advisor.analyze(advisor.reader().read(json, grammarByDefault)));
        } catch (InvalidRequestException e) {
            ArrayNode errors = MAPPER.createArrayNode();
            for (FieldError fieldError : e.errors()) {
                errors.addObject().put("field", fieldError.field()).put("message", fieldError.message(language));
            }
            String detail = new Localized("la requête a des champs invalides", e.getMessage()).in(language);
            return error(RequestReader.idOf(json), positionField, position, 400,
                    INVALID.in(language), detail, errors);
        } catch (RuntimeException e) {
            // A defect, not the caller's fault: this item says so, the others are still answered.
            return error(RequestReader.idOf(json), positionField, position, 500, INTERNAL.in(language),
                    UNANALYSED.in(language), null);
        }
    }

    /** The error object standing in for an item that could not be analysed. */
    public static ObjectNode error(JsonNode id, String positionField, int position, int status, String title,
            String detail, ArrayNode errors) {
        ObjectNode answer = MAPPER.createObjectNode();
        if (id != null) {
            answer.set("id", id);
        }
        answer.put(positionField, position);
        ObjectNode error = answer.putObject("error").put("status", status).put("title", title).put("detail", detail);
        if (errors != null) {
            error.set("errors", errors);
        }
        return answer;
    }
}
