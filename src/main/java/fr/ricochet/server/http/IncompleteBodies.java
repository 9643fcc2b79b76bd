package fr.ricochet.server.http;

import org.eclipse.jetty.io.EofException;

/**
 * Recognises a body the client stopped sending (an early end of stream, a connection reset while reading): Jetty
 * reports it as an {@link EofException}, wrapped by Javalin. It is the client's doing, so a 400 and at most a
 * one-line warning, never a 500. Other I/O failures (a database connection lost, say) stay server errors.
 */
public final class IncompleteBodies {

    private IncompleteBodies() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }
}
