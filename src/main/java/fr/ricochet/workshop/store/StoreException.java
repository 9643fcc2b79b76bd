package fr.ricochet.workshop.store;

/** The database failed (unreachable, broken, full...): not the user's fault, nothing they can fix. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
