package fr.ricochet.server.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real server as a child JVM ({@code ricochet serve}), started from the test class path, killed at will. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve} on a free port with these variables, and waits until /health answers. */
    static ServerProcess start(Map<String, String> env, Path log) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "fr.ricochet.cli.Main", "serve", "--port",
                Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealth(log);
        return server;
    }

    private void awaitHealth(Path log) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        // Loading the NLP models takes a few seconds on a busy machine; this is a bound, not a timing assertion.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer /health; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL");
        }
        return process.exitValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
