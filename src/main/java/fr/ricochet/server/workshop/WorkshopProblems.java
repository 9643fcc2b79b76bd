package fr.ricochet.server.workshop;

import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.ProblemException;
import fr.ricochet.server.Problems;
import fr.ricochet.workshop.WorkshopException;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * Turns the workshop service's refusals into problem+json answers: unknown code or submission 404, wrong token 403,
 * closed, full or pseudonym taken 409, a bad field 400. Which token is wrong is never said.
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

    /** A token that belongs to another workshop than the code in the path is as wrong as a forged one. */
    static ProblemException accessDenied() {
        return of(new WorkshopException(WorkshopException.Reason.ACCESS_DENIED));
    }
}
