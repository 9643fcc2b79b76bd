package fr.ricochet.server.workshop;

import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.Problems;
import fr.ricochet.workshop.IdempotencyConflict;
import fr.ricochet.workshop.WorkshopException;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the workshop service's refusals into problem+json answers: unknown code or submission 404, wrong token 403,
 * closed, full or pseudonym taken 409, a bad field 400; an Idempotency-Key used for another request 422, or whose
 * first request still runs 409. Which token is wrong is never said.
 */
final class WorkshopProblems {

    private WorkshopProblems() {
    }

    /** The handler, with the service's exceptions translated so the server's one renderer writes them. */
    static Handler mapped(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (WorkshopException e) {
                throw of(e);
            } catch (InvalidRequestException e) {
                throw Problems.invalid(e.errors());
            } catch (IdempotencyConflict e) {
                throw of(e);
            }
        };
    }

    static ProblemException of(WorkshopException e) {
        int status = switch (e.reason()) {
            case UNKNOWN_CODE, UNKNOWN_SUBMISSION -> 404;
            case ACCESS_DENIED -> 403;
            case CLOSED, FULL, PSEUDONYM_TAKEN -> 409;
        };
        Localized title = switch (e.reason()) {
            case UNKNOWN_CODE -> new Localized("Atelier introuvable", "Workshop not found");
            case UNKNOWN_SUBMISSION -> new Localized("Soumission introuvable", "Submission not found");
            case ACCESS_DENIED -> new Localized("Accès refusé", "Access denied");
            case CLOSED -> new Localized("Atelier clos", "Workshop closed");
            case FULL -> new Localized("Atelier complet", "Workshop full");
            case PSEUDONYM_TAKEN -> new Localized("Pseudonyme déjà pris", "Pseudonym taken");
        };
        return new ProblemException(status, "workshop-" + e.code().replace('_', '-').toLowerCase(Locale.ROOT), title,
                e.reason().message());
    }

    /** The same key on another request is 422 (the draft's choice); a retry while the first still runs, 409. */
    static ProblemException of(IdempotencyConflict e) {
        if (e.kind() == IdempotencyConflict.Kind.OTHER_REQUEST) {
            return new ProblemException(422, "idempotency-key-reused", new Localized("Clé Idempotency-Key déjà "
                    + "utilisée", "Idempotency-Key already used"), e.message());
        }
        return new ProblemException(409, "idempotency-key-in-progress", new Localized("Requête déjà en cours",
                "Request already in progress"), e.message(), List.of(),
                Map.of("Retry-After", Long.toString(e.retryAfterSeconds())));
    }

    static ProblemException badIdempotencyKey() {
        String en = "must be one value of 1 to 255 printable ASCII characters (space to ~), in double quotes or not, "
                + "such as a UUID";
        String fr = "doit être une seule valeur de 1 à 255 caractères ASCII imprimables (de l'espace à ~), entre "
                + "guillemets ou non, par exemple un UUID";
        return new ProblemException(400, "invalid-idempotency-key", new Localized("En-tête Idempotency-Key invalide",
                "Invalid Idempotency-Key header"), new Localized("l'en-tête Idempotency-Key " + fr,
                "the Idempotency-Key header " + en), List.of(new FieldError(IdempotencyHeader.NAME, en, fr)),
                Map.of());
    }

    /** A token that belongs to another workshop than the code in the path is as wrong as a forged one. */
    static ProblemException accessDenied() {
        return of(new WorkshopException(WorkshopException.Reason.ACCESS_DENIED));
    }
}
