package fr.ricochet.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;

/**
 * LanguageTool 6.6's own HTTP server, in this process, on a free loopback port and answering loopback only: the
 * reference Ricochet's /v2/check is held to. Only French and English are on the class path (with the three
 * languages its language identifier needs to start), so it starts in about two seconds; its first check of a
 * language loads that language's rules, which takes several more.
 */
final class LanguageToolReference implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final HTTPServer server;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LanguageToolReference(HTTPServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static LanguageToolReference start() {
        int port = freePort();
        HTTPServerConfig config = new HTTPServerConfig(port, false);
        // Without it every check builds the language's rules again (two seconds a French check here).
        config.setPipelineCaching(true);
        config.setMaxPipelinePoolSize(4);
        config.setPipelineExpireTime(3600);
        HTTPServer server = new HTTPServer(config, false, LOOPBACK, Set.of(LOOPBACK));
        server.run();
        return new LanguageToolReference(server, port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    HttpResponse<String> get(String path, Map<String, String> query) {
        return send(HttpRequest.newBuilder(uri(path + "?" + encode(query))).GET());
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private URI uri(String path) {
        return URI.create("http://" + LOOPBACK + ":" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // The first check of a language loads its rules: a minute is ample, and a hang still ends the test.
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
