package fr.ricochet.server.workshop;

import java.util.concurrent.Callable;

/**
 * Where submissions are analysed: the server's analysis pool, so a class submitting at once waits in the same bounded
 * queue and under the same deadline as the API's analyses (503 rather than a pile-up), instead of on Jetty's threads.
 */
@FunctionalInterface
public interface AnalysisPool {

    <T> T run(Callable<T> work);
}
