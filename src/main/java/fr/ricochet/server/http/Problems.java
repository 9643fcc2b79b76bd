package fr.ricochet.server.http;

import fr.ricochet.request.FieldError;
import fr.ricochet.rules.Localized;
import java.util.List;
import java.util.Map;

/** The problems the API answers with, each built in one place so titles and types never drift. */
public final class Problems {

    private Problems() {
    }

    static ProblemException malformedJson(String why) {
        return new ProblemException(400, "malformed-json", new Localized("JSON mal formé", "Malformed JSON"),
                new Localized("le corps n'est pas du JSON valide : " + why, "the body is not valid JSON: " + why));
    }

    static ProblemException trailingTokens() {
        return new ProblemException(400, "malformed-json", new Localized("JSON mal formé", "Malformed JSON"),
                new Localized("le corps contient autre chose après la valeur JSON : envoyez une seule valeur",
                        "the body has more after the JSON value: send exactly one value"));
    }

    static ProblemException duplicateKey(String key) {
        return new ProblemException(400, "malformed-json", new Localized("JSON mal formé", "Malformed JSON"),
                new Localized("la clé « " + key + " » apparaît deux fois dans un même objet : donnez-la une fois",
                        "the key \"" + key + "\" appears twice in one object: give it once"));
    }

    /** The client announced more than it sent, or went away while sending. */
    public static ProblemException incompleteBody() {
        return new ProblemException(400, "incomplete-body", new Localized("Corps incomplet", "Incomplete body"),
                new Localized("le corps s'est terminé avant la longueur annoncée (Content-Length) ; renvoyez-le en entier",
                        "the body ended before its announced length (Content-Length); send it whole"));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String fields = String.join(", ", errors.stream().map(FieldError::field).filter(f -> !f.isEmpty())
                .distinct().toList());
        // An error about the whole body has no field to name: its own message is the detail.
        Localized detail = fields.isEmpty() && !errors.isEmpty()
                ? new Localized(errors.get(0).fr(), errors.get(0).en())
                : new Localized("champs invalides : " + fields, "invalid fields: " + fields);
        return new ProblemException(400, "invalid-request", new Localized("Requête invalide", "Invalid request"),
                detail, errors, Map.of());
    }

    public static ProblemException tooLarge(Localized detail, List<FieldError> errors) {
        return new ProblemException(413, "too-large", new Localized("Contenu trop grand", "Content too large"),
                detail, errors, Map.of());
    }

    public static ProblemException bodyTooLarge(long limit) {
        return tooLarge(new Localized("le corps dépasse " + limit + " octets", "the body exceeds " + limit + " bytes"),
                List.of());
    }

    public static ProblemException unsupportedType(String expected, String given) {
        String shown = given == null || given.isBlank() ? "none" : given;
        return new ProblemException(415, "unsupported-media-type",
                new Localized("Type de contenu non pris en charge", "Unsupported media type"),
                new Localized("envoyez " + expected + " (reçu : " + shown + ")",
                        "send " + expected + " (received: " + shown + ")"));
    }

    public static ProblemException notFound(String path) {
        return new ProblemException(404, "not-found", new Localized("Introuvable", "Not found"),
                new Localized("aucune ressource à " + path + " ; voir /api/v1/openapi.json",
                        "no resource at " + path + "; see /api/v1/openapi.json"));
    }

    public static ProblemException methodNotAllowed(String method, String path) {
        return new ProblemException(405, "method-not-allowed",
                new Localized("Méthode non permise", "Method not allowed"),
                new Localized(method + " n'est pas permis sur " + path, method + " is not allowed on " + path));
    }

    public static ProblemException requestTimeout() {
        return new ProblemException(408, "request-timeout", new Localized("Délai dépassé", "Request timeout"),
                new Localized("le client n'a pas envoyé la requête à temps", "the client did not send the request in time"));
    }

    /** The body did not arrive whole within the deadline, however steadily it trickled. */
    public static ProblemException bodyDeadline() {
        return new ProblemException(408, "request-timeout", new Localized("Délai dépassé", "Request timeout"),
                new Localized("le corps de la requête n'est pas arrivé en entier à temps ; renvoyez-le d'un seul envoi",
                        "the request body did not arrive whole in time; send it again in one go"));
    }

    /** Why work is refused before it is even read: the analyses in hand already fill the queue. */
    public static final Localized SATURATED = new Localized("trop d'analyses en attente ; réessayez dans une seconde",
            "too many analyses waiting; retry in a second");

    /** A batch larger than a whole minute of the rate limit could never be served. */
    public static ProblemException batchOverLimit(int items, int perMinute) {
        return new ProblemException(429, "rate-limited", new Localized("Trop de requêtes", "Too many requests"),
                new Localized("un lot compte une requête par élément : " + items + " éléments dépassent la limite de "
                        + perMinute + " par minute ; envoyez des lots plus petits",
                        "a batch counts one request per item: " + items + " items exceed the limit of " + perMinute
                                + " a minute; send smaller batches"),
                List.of(), Map.of("Retry-After", "60"));
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", new Localized("Non autorisé", "Unauthorized"),
                new Localized("clé d'API absente ou inconnue : envoyez Authorization: Bearer CLÉ ou X-Api-Key",
                        "missing or unknown API key: send Authorization: Bearer KEY or X-Api-Key"),
                List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException rateLimited(long retryAfterSeconds) {
        return new ProblemException(429, "rate-limited", new Localized("Trop de requêtes", "Too many requests"),
                new Localized("limite de débit atteinte ; réessayez dans " + retryAfterSeconds + " s",
                        "rate limit reached; retry in " + retryAfterSeconds + " s"),
                List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ProblemException unavailable(Localized detail) {
        return new ProblemException(503, "unavailable", new Localized("Service indisponible", "Service unavailable"),
                detail, List.of(), Map.of("Retry-After", "1"));
    }

    public static ProblemException internal() {
        return new ProblemException(500, "internal", new Localized("Erreur interne", "Internal error"),
                new Localized("une erreur imprévue est survenue ; elle est consignée sans le texte du brouillon",
                        "an unexpected error occurred; it is logged without the draft's text"));
    }
}
