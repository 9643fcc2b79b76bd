package fr.ricochet.server;

import java.io.IOException;

/**
 * Recognises a body the client stopped sending (early end of stream, connection reset): Jetty reports it as an
 * I/O failure, wrapped by Javalin. It is the client's doing, so a 400 and at most a one-line warning, never a 500.
 */
final class IncompleteBodies {

    private IncompleteBodies() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
