package fr.ricochet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fault scenarios of issue 10 against a real server process ({@code java -jar target/ricochet.jar serve}, with
 * the Java options given in {@code RICOCHET_PROBE_JAVA_OPTS}), over loopback only, each bounded in connections and
 * time. It prints figures and asserts nothing: the regular tests hold the behaviour, this shows the numbers.
 * Run it with {@code bash src/test/bench/faults.sh [scenario...]}; scenarios: slow, cors, fairness, kill.
 */
public final class FaultProbe {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        List<String> scenarios = args.length == 0 ? List.of("slow", "cors", "fairness", "kill") : Arrays.asList(args);
        for (String scenario : scenarios) {
            switch (scenario) {
                case "slow" -> slowBodies();
                case "cors" -> Cors.run();
                case "fairness" -> Fairness.run();
                case "kill" -> KillRetries.run();
                default -> throw new IllegalArgumentException("unknown scenario " + scenario
                        + " (slow, cors, fairness, kill)");
            }
        }
    }

    /** 500 connections send their headers, then one byte every two seconds; others' requests meanwhile. */
    static void slowBodies() throws Exception {
        int count = 500;
        try (Server server = Server.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "0"))) {
            List<Socket> trickling = new ArrayList<>();
            String head = "POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"text\": ";
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket("127.0.0.1", server.port);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                trickling.add(socket);
            }
            System.out.printf("slow: %d connections trickling one byte every 2 s; server rss %s%n", count, server.rss());
            long start = System.nanoTime();
            List<Double> health = new ArrayList<>();
            List<Double> analyses = new ArrayList<>();
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(12)) {
                for (Socket socket : trickling) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException closed) {
                        // answered (408) and closed by the server
                    }
                }
                health.add(server.timedGet("/health"));
                analyses.add(server.timedPost("/api/v1/analyze", "{\"text\": \"Bonjour à tous\"}"));
                Thread.sleep(2000);
            }
            int timedOut = 0;
            for (Socket socket : trickling) {
                socket.setSoTimeout(5000);
                if (firstLine(socket.getInputStream()).startsWith("HTTP/1.1 408")) {
                    timedOut++;
                }
                socket.close();
            }
            System.out.printf("slow: /health answered in %s ms, an analysis in %s ms, while they trickled;"
                    + " %d/%d got 408 at the body deadline; rss %s%n", millis(health), millis(analyses), timedOut,
                    count, server.rss());
        }
    }

    static String firstLine(InputStream in) {
        try {
            byte[] buffer = new byte[256];
            int n = in.read(buffer);
            return n < 0 ? "closed" : new String(buffer, 0, n, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        } catch (IOException e) {
            return "no answer: " + e.getClass().getSimpleName();
        }
    }

    static String millis(List<Double> values) {
        return values.stream().map(v -> v < 0 ? "failed" : String.format("%.0f", v)).toList().toString();
    }

    /** A server child process with its log in a temporary file. */
    static final class Server implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        private Server(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Server start(Map<String, String> env) throws Exception {
            return start(env, freePort());
        }

        static Server start(Map<String, String> env, int port) throws Exception {
            Path log = Files.createTempFile("ricochet-probe", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String options = System.getenv().getOrDefault("RICOCHET_PROBE_JAVA_OPTS", "");
            command.addAll(Arrays.stream(options.split("\\s+")).filter(s -> !s.isEmpty()).toList());
            command.addAll(List.of("-jar", "target/ricochet.jar", "serve", "--port", Integer.toString(port)));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Server server = new Server(builder.start(), port, log);
            for (int i = 0; i < 300; i++) {
                if (!server.process.isAlive()) {
                    throw new IllegalStateException("the server exited; see " + log);
                }
                if (server.timedGet("/health") >= 0) {
                    return server;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("the server did not answer /health; see " + log);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** Milliseconds to a 200, or -1. */
        double timedGet(String path) {
            return timed(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
        }

        double timedPost(String path, String json) {
            return timed(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        private static double timed(HttpRequest request) {
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200 ? (System.nanoTime() - start) / 1e6 : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String rss() {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                        .filter(line -> line.startsWith("VmRSS")).map(line -> line.replaceAll("\\D+", ""))
                        .map(kb -> Long.parseLong(kb) / 1024 + " MiB").findFirst().orElse("?");
            } catch (IOException e) {
                return "?";
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroy(); // SIGTERM: the graceful stop
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            }
            Files.deleteIfExists(log);
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
