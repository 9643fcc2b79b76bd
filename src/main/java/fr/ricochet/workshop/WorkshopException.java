package fr.ricochet.workshop;

import fr.ricochet.rules.Localized;
import java.util.Locale;

/**
 * A workshop action refused for a reason other than a malformed field (those are
 * {@link fr.ricochet.request.InvalidRequestException}s). The reason tells the HTTP layer which status to answer;
 * the messages, in both languages, can be shown as they are.
 */
public final class WorkshopException extends RuntimeException {

    /** Why; each maps to one HTTP status (in brackets, a suggestion for the HTTP layer). */
    public enum Reason {
        /** No open workshop has this join code, or it expired [404]. */
        UNKNOWN_CODE(new Localized("aucun atelier n'a ce code, ou il a expiré",
                "no workshop has this code, or it has expired")),
        /** The token is malformed, unknown or wrong; which one is deliberately not said [403]. */
        ACCESS_DENIED(new Localized("ce lien ou ce jeton n'est pas valide", "this link or token is not valid")),
        /** The trainer closed the workshop: results stay visible, nothing more can be submitted [409]. */
        CLOSED(new Localized("l'atelier est clos : plus aucune soumission",
                "the workshop is closed: no more submissions")),
        /** The workshop reached its participant limit [409]. */
        FULL(new Localized("l'atelier est complet", "the workshop is full")),
        /** Another participant already uses this pseudonym in this workshop [409]. */
        PSEUDONYM_TAKEN(new Localized("ce pseudonyme est déjà pris dans cet atelier",
                "this pseudonym is already taken in this workshop")),
        /** The submission does not exist in this workshop [404]. */
        UNKNOWN_SUBMISSION(new Localized("aucune soumission de ce numéro dans cet atelier",
                "no such submission in this workshop"));

        private final Localized message;

        Reason(Localized message) {
            this.message = message;
        }

        public Localized message() {
            return message;
        }
    }

    private final Reason reason;

    public WorkshopException(Reason reason) {
        super(reason.message.en());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String message(String language) {
        return reason.message.in(language);
    }

    /** A stable code for JSON answers, such as {@code pseudonym_taken}. */
    public String code() {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
