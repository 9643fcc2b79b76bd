package fr.ricochet.workshop;

import fr.ricochet.workshop.IdempotencyConflict.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a creation, a join or a submission under its idempotency key (draft-ietf-httpapi-idempotency-key-header).
 * The key is claimed first, in a transaction of its own; the write then keeps its answer in its own transaction, so
 * that a kill -9 at any moment leaves either the write with its answer or neither. A retry gets the kept answer, the
 * same key on another request a conflict, and a retry while the first still runs (or was cut off, until its lease
 * ends) a conflict with the time to wait. A write refused (a bad field, a closed workshop) stores nothing and lets the
 * key go, so the client may send the request again, corrected, under the same key.
 */
final class IdempotentCalls {

    /** How long a key keeps its answer: a client's retries, and a night's outage, fit in it. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /**
     * How long a running request holds its key before a retry may take it over: longer than an analysis may take (its
     * deadline is 10 s by default), short enough for a client retrying after a crash. Safety does not depend on it: a
     * request that lost its key cannot commit (see {@link KeyClaimLost}). On an embedded database the keys a killed
     * process held are let go when the store opens again ({@link WorkshopStore#releaseAbandonedKeys}).
     */
    static final Duration LEASE = Duration.ofSeconds(15);
    private static final int ROUNDS = 3;

    private final WorkshopStore store;
    private final Supplier<Instant> clock;

    IdempotentCalls(WorkshopStore store, Supplier<Instant> clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param workshopId the workshop the key's answer belongs to (deleted with it), or null for a creation, whose
     *                   workshop the answer names once written
     * @param call       the write; it passes the hold's {@link AnswerKeeper} to the store and returns the answer built
     */
    Answered run(Optional<IdempotentRequest> key, String workshopId, Function<KeyHold, Answer> call) {
        if (key.isEmpty()) {
            return new Answered(call.apply(KeyHold.NONE), false);
        }
        IdempotentRequest request = key.get();
        for (int round = 1; ; round++) {
            Instant now = clock.get();
            KeyClaim claim = store.claimKey(request, workshopId, now, now.plus(LEASE), now.plus(KEPT_FOR));
            if (claim instanceof KeyClaim.Completed done) {
                return new Answered(AnswerSeal.open(done.status(), done.sealed(), request), true);
            }
            if (claim instanceof KeyClaim.OtherRequest) {
                throw new IdempotencyConflict(Kind.OTHER_REQUEST, Duration.ZERO);
            }
            if (claim instanceof KeyClaim.Running running) {
                throw new IdempotencyConflict(Kind.IN_PROGRESS, Duration.between(now, running.until()));
            }
            String attempt = ((KeyClaim.Claimed) claim).attempt();
            try {
                return new Answered(call.apply(new KeyHold(request, attempt)), false);
            } catch (KeyClaimLost e) {
                if (round == ROUNDS) {
                    throw new IdempotencyConflict(Kind.IN_PROGRESS, LEASE);
                }
                // A retry took the key over while this one ran: answer as that retry does, from the key's row.
            } catch (RuntimeException e) {
                release(request, attempt, e);
                throw e;
            }
        }
    }

    private void release(IdempotentRequest request, String attempt, RuntimeException cause) {
        try {
            store.releaseKey(request, attempt);
        } catch (RuntimeException e) {
            cause.addSuppressed(e); // the key is then free when its lease ends
        }
    }
}
