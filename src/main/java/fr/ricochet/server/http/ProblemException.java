package fr.ricochet.server.http;

import fr.ricochet.request.FieldError;
import fr.ricochet.rules.Localized;
import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, carrying what the RFC 9457 problem body says in both languages; the
 * language is chosen only when {@link ProblemRenderer} writes it, from the request's Accept-Language.
 * The slug is the last segment of the problem's {@code type} URI, stable for clients to switch on.
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Localized title;
    private final Localized detail;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, Localized title, Localized detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(slug, null, false, false); // no stack trace: this is a normal answer, not a failure
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String slug, Localized title, Localized detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Localized title() {
        return title;
    }

    public Localized detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
