package fr.ricochet.server.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the workshop API of one server, as a learning platform would; used by the tests of one and two servers. */
final class WorkshopClient {

    static final String BASE = "/api/v1/workshops";
    static final String WORKSHOP = "{\"title\": \"Atelier médiathèque\", \"brief\": \"Annoncez la soirée jeux\", "
            + "\"networks\": [\"x\", \"mastodon\"], \"audience\": \"b2c\"}";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String origin;

    WorkshopClient(int port) {
        this.origin = "http://127.0.0.1:" + port;
    }

    /** A GET whose answer is a file, such as the XLSX export. */
    HttpResponse<byte[]> bytes(String path, String... headers) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                    .headers(headers).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> call(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        if (!java.util.Arrays.asList(headers).contains("Accept-Language")) {
            builder.header("Accept-Language", "en"); // English messages unless a test asks for French
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new workshop: its answer, with joinCode and trainerToken. */
    JsonNode create() {
        return ok(call("POST", BASE, WORKSHOP), 201);
    }

    /** A participant's token. */
    String join(String code, String pseudonym) {
        return ok(call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": " + quote(pseudonym) + "}"),
                201).get("participantToken").asText();
    }

    JsonNode submit(String code, String participantToken, String text) {
        return ok(submitRaw(code, participantToken, text), 201);
    }

    HttpResponse<String> submitRaw(String code, String participantToken, String text) {
        return call("POST", BASE + "/" + code + "/submissions", "{\"text\": " + quote(text) + "}",
                "X-Participant-Token", participantToken);
    }

    /** A submission under an Idempotency-Key, as a client that will retry it sends it. */
    HttpResponse<String> submitRaw(String code, String participantToken, String text, String idempotencyKey) {
        return call("POST", BASE + "/" + code + "/submissions", "{\"text\": " + quote(text) + "}",
                "X-Participant-Token", participantToken, "Idempotency-Key", idempotencyKey);
    }

    JsonNode me(String code, String participantToken) {
        return ok(call("GET", BASE + "/" + code + "/me", null, "X-Participant-Token", participantToken), 200);
    }

    JsonNode dashboard(String code, String trainerToken) {
        return ok(call("GET", BASE + "/" + code + "/dashboard", null, "X-Trainer-Token", trainerToken), 200);
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    static JsonNode json(String body) {
        try {
            return ReportJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String quote(String text) {
        try {
            return ReportJson.mapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
