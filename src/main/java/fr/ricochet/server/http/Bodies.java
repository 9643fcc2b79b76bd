package fr.ricochet.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.RequestReader;
import fr.ricochet.rules.Localized;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Reads a request body: right content type (415), bounded size (413), well-formed (400). */
public final class Bodies {

    private Bodies() {
    }

    public static JsonNode json(Context ctx, int maxBytes) {
        requireType(ctx, "application/json");
        byte[] body = bytes(ctx, maxBytes);
        // The mapper refuses duplicate keys as it parses; what follows the value is checked here, to say so plainly.
        try (JsonParser parser = ReportJson.mapper().createParser(body)) {
            JsonNode json = ReportJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(parser);
            if (json == null || json.isMissingNode()) {
                throw Problems.malformedJson("empty body");
            }
            if (hasTrailingTokens(parser)) {
                throw Problems.trailingTokens();
            }
            return json;
        } catch (JsonParseException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field")) {
                throw Problems.duplicateKey(e.getProcessor() == null ? "?" : currentName(e.getProcessor()));
            }
            throw Problems.malformedJson(e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw Problems.malformedJson(e.getOriginalMessage());
        } catch (IOException e) {
            throw Problems.malformedJson("unreadable body");
        }
    }

    private static boolean hasTrailingTokens(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonParseException e) {
            return true; // not even a token (`{"text":"a"}xyz`): still something after the value
        }
    }

    private static String currentName(JsonParser parser) {
        try {
            return String.valueOf(parser.currentName());
        } catch (IOException e) {
            return "?";
        }
    }

    public static void requireType(Context ctx, String expected) {
        String type = ctx.contentType();
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!bare.equals(expected)) {
            throw Problems.unsupportedType(expected, type);
        }
    }

    /**
     * The body, refused as soon as it is known to be too large: from Content-Length when given. Javalin
     * caps what it buffers at {@link ServerLimits#MAX_BATCH_BODY} (413) for chunked uploads, and caches the
     * body so form parameters can be read from it afterwards.
     */
    public static byte[] bytes(Context ctx, int maxBytes) {
        if (ctx.contentLength() > maxBytes) {
            throw Problems.bodyTooLarge(maxBytes);
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            if (IncompleteBodies.isCause(e)) {
                throw Problems.incompleteBody();
            }
            throw e;
        }
        if (body.length > maxBytes) {
            throw Problems.bodyTooLarge(maxBytes);
        }
        return body;
    }

    /** A text over the engine's limit is content too large (413), not merely an invalid field. */
    public static void textWithinLimit(JsonNode text) {
        if (text == null || !text.isTextual()) {
            return;
        }
        String value = text.textValue();
        int length = value.codePointCount(0, value.length());
        if (length > RequestReader.MAX_TEXT) {
            throw Problems.tooLarge(new Localized("le texte dépasse 10 000 caractères",
                    "the text exceeds 10,000 characters"), List.of(new FieldError("text",
                    "has " + length + " characters; at most 10,000 are allowed",
                    "compte " + length + " caractères ; 10 000 au plus sont permis")));
        }
    }
}
