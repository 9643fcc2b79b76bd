package fr.ricochet.workshop;

import fr.ricochet.rules.Localized;
import java.time.Duration;

/** A request whose idempotency key cannot be honoured now: used for another request, or still running. */
public final class IdempotencyConflict extends RuntimeException {

    public enum Kind {
        /** The key was first used with another body or on another endpoint's request [422]. */
        OTHER_REQUEST(new Localized("cette clé Idempotency-Key a déjà servi pour une autre requête : envoyez une "
                + "nouvelle clé pour une nouvelle requête",
                "this Idempotency-Key was already used for another request: send a new key for a new request")),
        /** The first request with this key is still running [409, Retry-After]. */
        IN_PROGRESS(new Localized("la première requête avec cette clé Idempotency-Key est encore en cours : "
                + "réessayez dans un instant", "the first request with this Idempotency-Key is still in progress: "
                + "retry in a moment"));

        private final Localized message;

        Kind(Localized message) {
            this.message = message;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    IdempotencyConflict(Kind kind, Duration retryAfter) {
        super(kind.message.en(), null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Localized message() {
        return kind.message;
    }

    /** Whole seconds, at least one, until the running request lets the key go at the latest. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
