package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission acknowledged over HTTP survives a kill -9 of the real server: a child JVM runs {@code ricochet serve} on
 * an H2 file, takes a workshop, participants and drafts, is killed with SIGKILL right after the last answer, and a new
 * server on the same file shows every acknowledged submission to its participant and to the trainer, and answers
 * their retries with the same Idempotency-Key as the first time without storing them again.
 */
class ServerKillTest {

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyAcknowledgedSubmissionSurvivesAKill9OfTheServer() throws Exception {
        Map<String, String> env = Map.of(
                "RICOCHET_DB_URL", "jdbc:h2:file:" + directory.resolve("ricochet") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                "RICOCHET_DB_USER", "sa",
                "RICOCHET_RATE_LIMIT_PER_MINUTE", "0",
                "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", "0");
        Path log = directory.resolve("server.log");
        String code;
        String trainer;
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, List<Long>> acknowledged = new LinkedHashMap<>();
        Map<String, String> firstAnswers = new LinkedHashMap<>(); // by idempotency key
        try (ServerProcess first = ServerProcess.start(env, log)) {
            WorkshopClient api = new WorkshopClient(first.port);
            JsonNode created = api.create();
            code = created.get("joinCode").asText();
            trainer = created.get("trainerToken").asText();
            for (String pseudonym : List.of("Léa", "Tom")) {
                tokens.put(pseudonym, api.join(code, pseudonym));
                acknowledged.put(pseudonym, new ArrayList<>());
            }
            for (int i = 1; i <= 6; i++) {
                for (String pseudonym : tokens.keySet()) {
                    String key = "kill-" + i + "-" + tokens.get(pseudonym).substring(0, 8);
                    String answer = api.submitRaw(code, tokens.get(pseudonym), draft(i, pseudonym), key).body();
                    firstAnswers.put(key, answer);
                    acknowledged.get(pseudonym).add(WorkshopClient.json(answer).at("/submission/id").asLong());
                }
            }
            assertThat(first.kill()).as("killed by SIGKILL").isEqualTo(137);
        }

        try (ServerProcess second = ServerProcess.start(env, log)) {
            WorkshopClient api = new WorkshopClient(second.port);
            for (String pseudonym : tokens.keySet()) {
                JsonNode mine = api.me(code, tokens.get(pseudonym));
                List<Long> found = new ArrayList<>();
                mine.get("submissions").forEach(s -> found.add(s.get("id").asLong()));
                assertThat(found).as(pseudonym).containsExactlyElementsOf(acknowledged.get(pseudonym));
                assertThat(mine.at("/submissions/5/text").asText()).isEqualTo(draft(6, pseudonym));
            }
            // A client that did not hear the answers sends them all again with their keys: the first answers come
            // back, and nothing is stored twice.
            for (int i = 1; i <= 6; i++) {
                for (String pseudonym : tokens.keySet()) {
                    String key = "kill-" + i + "-" + tokens.get(pseudonym).substring(0, 8);
                    var retry = api.submitRaw(code, tokens.get(pseudonym), draft(i, pseudonym), key);
                    assertThat(retry.headers().firstValue("Idempotent-Replayed")).as(key).hasValue("true");
                    assertThat(retry.body()).isEqualTo(firstAnswers.get(key));
                }
            }
            assertThat(api.dashboard(code, trainer).get("submissionCount").asInt()).isEqualTo(12);
            // The new server still takes submissions on the same workshop.
            api.submit(code, tokens.get("Léa"), "Après la reprise : soirée jeux vendredi, venez !");
        }
    }

    private static String draft(int i, String pseudonym) {
        return "Brouillon " + i + " de " + pseudonym + " : venez à la soirée jeux vendredi !";
    }
}
