package fr.ricochet.workshop;

/**
 * Thrown by the store, rolling the write back, when a request's claim on its key is gone by the time its answer is
 * kept: its lease ran out and a retry took the key over. The service then answers as a retry would.
 */
public final class KeyClaimLost extends RuntimeException {

    public KeyClaimLost() {
        super("the idempotency key was taken over by a retry", null, false, false);
    }
}
