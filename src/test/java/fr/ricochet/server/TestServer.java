package fr.ricochet.server;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.server.audit.AccountAuditor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A real server on a random port, and a plain java.net.http client to call it. */
public final class TestServer implements AutoCloseable {

    /** Loaded once for all server tests: models take a second to load. */
    public static final Advisor ADVISOR = Advisor.create(RulesLoader.load(RulesLocation.embedded()));

    public final RicochetServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(RicochetServer server) {
        this.server = server;
    }

    public static TestServer start() {
        return start(Map.of());
    }

    /**
     * @param env RICOCHET_* settings; the port is always random, the rate limit off and the workshop database in
     *            memory unless given
     */
    public static TestServer start(Map<String, String> env) {
        return start(env, ADVISOR);
    }

    /** The same with another engine, e.g. one built on a rules directory a test wrote. */
    public static TestServer start(Map<String, String> env, Advisor advisor) {
        return start(env, advisor, null);
    }

    /** The same with an auditor of the test's own behind the audit's route and page (null: the server's own). */
    public static TestServer start(Map<String, String> env, AccountAuditor auditor) {
        return start(env, ADVISOR, auditor);
    }

    private static TestServer start(Map<String, String> env, Advisor advisor,
            AccountAuditor auditor) {
        Map<String, String> settings = new HashMap<>(env);
        settings.putIfAbsent("RICOCHET_RATE_LIMIT_PER_MINUTE", "0");
        // A private in-memory database per server, so tests never touch ./data nor each other's workshops.
        settings.putIfAbsent("RICOCHET_DB_URL", "jdbc:h2:mem:ricochet-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        ServerConfig config = ServerConfig.from(settings, 0, "127.0.0.1", null);
        return new TestServer(auditor == null ? RicochetServer.start(config, advisor, "test")
                : RicochetServer.start(config, advisor, "test", auditor));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> postJson(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ReportJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
