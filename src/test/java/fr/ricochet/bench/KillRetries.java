package fr.ricochet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.bench.FaultProbe.Server;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * kill -9 with retries: participants submit drafts, each under its own Idempotency-Key, while the server on an H2
 * file is killed with SIGKILL three times and restarted on the same port; a client retries whatever got no answer
 * with the same key until it does. Then the trainer's export is counted: every draft once, none lost, none twice.
 */
final class KillRetries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTICIPANTS = 8;
    private static final int DRAFTS = 40;

    private KillRetries() {
    }

    static void run() throws Exception {
        Path directory = Files.createTempDirectory("ricochet-kill");
        Map<String, String> env = Map.of(
                "RICOCHET_DB_URL", "jdbc:h2:file:" + directory.resolve("ricochet") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                "RICOCHET_DB_USER", "sa", "RICOCHET_RATE_LIMIT_PER_MINUTE", "0",
                "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", "0");
        AtomicReference<Server> server = new AtomicReference<>(Server.start(env));
        int port = server.get().port;
        JsonNode created = JSON.readTree(server.get().send(post(server.get(), "/api/v1/workshops",
                "{\"title\": \"Atelier\", \"networks\": [\"x\"]}")).body());
        String code = created.get("joinCode").asText();
        String trainer = created.get("trainerToken").asText();
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            JsonNode joined = JSON.readTree(server.get().send(post(server.get(), "/api/v1/workshops/" + code
                    + "/participants", "{\"pseudonym\": \"Participant " + p + "\"}")).body());
            tokens.add(joined.get("participantToken").asText());
        }
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        ExecutorService participants = Executors.newFixedThreadPool(PARTICIPANTS);
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            int index = p;
            work.add(participants.submit(() -> {
                for (int d = 0; d < DRAFTS; d++) {
                    String key = UUID.randomUUID().toString();
                    String body = "{\"text\": \"Brouillon " + d + " de " + index
                            + " : venez à la soirée jeux vendredi !\"}";
                    submitUntilAnswered(server, code, tokens.get(index), key, body, retries, replayed);
                }
                return null;
            }));
        }
        int kills = 0;
        for (int k = 0; k < 3; k++) {
            Thread.sleep(2500);
            server.get().kill();
            kills++;
            server.set(Server.start(env, port));
        }
        for (Future<?> done : work) {
            done.get(5, TimeUnit.MINUTES);
        }
        participants.shutdown();
        HttpResponse<String> export = server.get().send(HttpRequest.newBuilder(server.get().uri("/api/v1/workshops/" + code
                + "/export.json")).header("X-Trainer-Token", trainer).GET());
        Map<String, Integer> stored = new HashMap<>();
        for (JsonNode row : JSON.readTree(export.body()).get("submissions")) {
            stored.merge(row.get("text").asText(), 1, Integer::sum);
        }
        long twice = stored.values().stream().filter(n -> n > 1).count();
        int expected = PARTICIPANTS * DRAFTS;
        System.out.printf("kill: %d drafts sent by %d participants, %d kill -9 and restarts, %d retries (%d answered"
                + " as replays); stored %d distinct drafts of %d, %d stored more than once%n", expected, PARTICIPANTS,
                kills, retries.get(), replayed.get(), stored.size(), expected, twice);
        server.get().close();
    }

    /** Retries on no answer or a 5xx/409, with the same key, as the IETF draft asks of a client. */
    private static void submitUntilAnswered(AtomicReference<Server> server, String code, String token, String key, String body,
            AtomicInteger retries, AtomicInteger replayed) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                Thread.sleep(100);
            }
            try {
                HttpResponse<String> answer = server.get().send(post(server.get(), "/api/v1/workshops/" + code
                        + "/submissions", body).header("X-Participant-Token", token).header("Idempotency-Key", key));
                if (answer.statusCode() < 300) {
                    if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        replayed.incrementAndGet();
                    }
                    return;
                }
                if (answer.statusCode() < 500 && answer.statusCode() != 409 && answer.statusCode() != 429) {
                    throw new IllegalStateException("refused: " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                // the server was killed mid-request: try again with the same key
            }
        }
        throw new IllegalStateException("no answer after 200 attempts");
    }

    private static HttpRequest.Builder post(Server server, String path, String json) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
