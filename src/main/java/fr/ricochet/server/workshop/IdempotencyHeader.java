package fr.ricochet.server.workshop;

import fr.ricochet.workshop.IdempotencyKey;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code Idempotency-Key} request header of draft-ietf-httpapi-idempotency-key-header. Its value is a
 * structured-field string ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}); the quotes may be left out. Either way the
 * key is 1 to 255 printable ASCII characters; a malformed or repeated header is a 400, never ignored, since the client
 * counts on it. The pages send the same key as a hidden form field.
 */
final class IdempotencyHeader {

    static final String NAME = "Idempotency-Key";
    /** The hidden field of the pages' forms, a new key each time a form is shown. */
    static final String FIELD = "idempotencyKey";

    private IdempotencyHeader() {
    }

    /** The request's key, or empty when it sent none (then the request runs as it always did). */
    static Optional<IdempotencyKey> of(Context ctx) {
        return parse(Collections.list(ctx.req().getHeaders(NAME)));
    }

    /** The key a page's form carried, or empty for a form without one. */
    static Optional<IdempotencyKey> ofForm(Context ctx) {
        String value = ctx.formParam(FIELD);
        if (value == null) {
            return Optional.empty();
        }
        if (!IdempotencyKey.isValid(value)) {
            throw WorkshopProblems.badIdempotencyKey();
        }
        return Optional.of(new IdempotencyKey(value));
    }

    static Optional<IdempotencyKey> parse(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw WorkshopProblems.badIdempotencyKey();
        }
        String value = trimSpacesAndTabs(values.get(0));
        String key = value.startsWith("\"") ? unquote(value) : value;
        if (key == null || !IdempotencyKey.isValid(key)) {
            throw WorkshopProblems.badIdempotencyKey();
        }
        return Optional.of(new IdempotencyKey(key));
    }

    /** An sf-string's content (RFC 8941 §3.3.3: only {@code \"} and {@code \\} are escapes), or null if it is none. */
    private static String unquote(String quoted) {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                if (i + 1 >= quoted.length() || quoted.charAt(i + 1) != '"' && quoted.charAt(i + 1) != '\\') {
                    return null;
                }
                content.append(quoted.charAt(++i));
            } else if (c == '"') {
                return i == quoted.length() - 1 ? content.toString() : null;
            } else {
                content.append(c);
            }
        }
        return null; // no closing quote
    }

    /** HTTP's optional white space around a field value is spaces and tabs, nothing else. */
    private static String trimSpacesAndTabs(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
