package fr.ricochet.workshop;

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
        UNKNOWN_CODE("no workshop has this code, or it has expired", "aucun atelier n'a ce code, ou il a expiré"),
        /** The token is malformed, unknown or wrong; which one is deliberately not said [403]. */
        ACCESS_DENIED("this link or token is not valid", "ce lien ou ce jeton n'est pas valide"),
        /** The trainer closed the workshop: results stay visible, nothing more can be submitted [409]. */
        CLOSED("the workshop is closed: no more submissions", "l'atelier est clos : plus aucune soumission"),
        /** The workshop reached its participant limit [409]. */
        FULL("the workshop is full", "l'atelier est complet"),
        /** Another participant already uses this pseudonym in this workshop [409]. */
        PSEUDONYM_TAKEN("this pseudonym is already taken in this workshop",
                "ce pseudonyme est déjà pris dans cet atelier"),
        /** The submission does not exist in this workshop [404]. */
        UNKNOWN_SUBMISSION("no such submission in this workshop", "aucune soumission de ce numéro dans cet atelier");

        private final String en;
        private final String fr;

        Reason(String en, String fr) {
            this.en = en;
            this.fr = fr;
        }
    }

    private final Reason reason;

    public WorkshopException(Reason reason) {
        super(reason.en);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String message(String language) {
        return "fr".equals(language) ? reason.fr : reason.en;
    }

    /** A stable code for JSON answers, such as {@code pseudonym_taken}. */
    public String code() {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
