package fr.ricochet.server.workshop;

import static fr.ricochet.server.workshop.WorkshopApiTest.problem;
import static fr.ricochet.server.workshop.WorkshopClient.BASE;
import static fr.ricochet.server.workshop.WorkshopClient.json;
import static fr.ricochet.server.workshop.WorkshopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import fr.ricochet.workshop.IdempotencyKey;
import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.KeyClaim;
import fr.ricochet.workshop.store.DatabaseConfig;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import fr.ricochet.workshop.store.Rows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Idempotency-Key} over HTTP: a retry of a creation, a join or a submission gets the first answer, marked
 * {@code Idempotent-Replayed}, and stores nothing; the same key on another body is 422, a malformed one 400; two
 * clients' keys never meet; the answers outlive a restart of the server on its H2 file.
 */
class IdempotencyApiTest {

    static final String KEY = "Idempotency-Key";
    static final String DRAFT = "Soirée jeux vendredi 18h à la médiathèque : venez nombreux ! #Jeux";

    static String url;
    static DatabaseConfig database;
    static TestServer server;
    static WorkshopClient api;

    @BeforeAll
    static void start() {
        url = "jdbc:h2:mem:idempotency-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        database = new DatabaseConfig(url, "", "", null, 1);
        server = TestServer.start(Map.of("RICOCHET_DB_URL", url));
        api = new WorkshopClient(server.server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static HttpResponse<String> join(WorkshopClient client, String code, String pseudonym, String key) {
        return client.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": \"" + pseudonym + "\"}",
                KEY, key);
    }

    private static HttpResponse<String> submit(WorkshopClient client, String code, String token, String text,
            String key, String... headers) {
        String[] all = Stream.concat(Stream.of("X-Participant-Token", token, KEY, key), Arrays.stream(headers))
                .toArray(String[]::new);
        return client.call("POST", BASE + "/" + code + "/submissions", "{\"text\": \"" + text + "\"}", all);
    }

    /** The second answer is the first, byte for byte, and says it is a replay. */
    private static void sameAnswer(HttpResponse<String> first, HttpResponse<String> retry) {
        assertThat(first.headers().firstValue(IdempotentAnswers.REPLAYED)).isEmpty();
        assertThat(retry.headers().firstValue(IdempotentAnswers.REPLAYED)).hasValue("true");
        assertThat(retry.statusCode()).isEqualTo(first.statusCode());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void creatingJoiningAndSubmittingAgainWithTheKeyStoreNothingTwiceAndAnswerAsTheFirstTime() {
        long workshops = Rows.count(database, "workshop");
        String creation = key();
        HttpResponse<String> created = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, creation);
        HttpResponse<String> recreated = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, creation);
        JsonNode workshop = ok(created, 201);
        String code = workshop.get("joinCode").asText();
        String trainer = workshop.get("trainerToken").asText();
        sameAnswer(created, recreated);
        assertThat(created.headers().firstValue("Location")).hasValue(BASE + "/" + code);
        assertThat(Rows.count(database, "workshop")).isEqualTo(workshops + 1);

        String joining = key();
        HttpResponse<String> joined = join(api, code, "Léa", joining);
        HttpResponse<String> rejoined = join(api, code, "Léa", joining);
        sameAnswer(joined, rejoined);
        String lea = ok(joined, 201).get("participantToken").asText();

        String submission = key();
        HttpResponse<String> submitted = submit(api, code, lea, DRAFT, submission);
        HttpResponse<String> resubmitted = submit(api, code, lea, DRAFT, submission);
        sameAnswer(submitted, resubmitted);
        assertThat(ok(submitted, 201).at("/submission/text").asText()).isEqualTo(DRAFT);

        JsonNode dashboard = api.dashboard(code, trainer);
        assertThat(dashboard.get("participants")).hasSize(1);
        assertThat(dashboard.get("submissionCount").asInt()).isEqualTo(1);
        assertThat(api.me(code, lea).get("submissions")).hasSize(1);
        // Without a key, nothing changes: the same draft sent twice is two submissions.
        api.submit(code, lea, DRAFT);
        api.submit(code, lea, DRAFT);
        assertThat(api.me(code, lea).get("submissions")).hasSize(3);
    }

    @Test
    void theSameKeyOnAnotherRequestIs422InBothLanguagesAndStoresNothing() {
        String creation = key();
        JsonNode workshop = ok(api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, creation), 201);
        long workshops = Rows.count(database, "workshop");

        JsonNode english = problem(api.call("POST", BASE, "{\"title\": \"Un autre atelier\"}", KEY, creation), 422);
        JsonNode french = problem(api.call("POST", BASE, "{\"title\": \"Un autre atelier\"}", KEY, creation,
                "Accept-Language", "fr"), 422);

        assertThat(english.get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(english.get("detail").asText()).contains("Idempotency-Key", "another request");
        assertThat(french.get("detail").asText()).contains("Idempotency-Key", "une autre requête");
        assertThat(Rows.count(database, "workshop")).isEqualTo(workshops);
        String code = workshop.get("joinCode").asText();
        String lea = api.join(code, "Léa");
        String submission = key();
        ok(submit(api, code, lea, DRAFT, submission), 201);
        problem(submit(api, code, lea, "Un autre brouillon", submission), 422);
        assertThat(api.me(code, lea).get("submissions")).hasSize(1);
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIs409WithRetryAfter() {
        JsonNode workshop = api.create();
        String code = workshop.get("joinCode").asText();
        String lea = api.join(code, "Léa");
        String key = key();
        String body = "{\"text\": \"" + DRAFT + "\"}";
        // The first request, as another server would hold it while it analyses: its key claimed, nothing stored yet.
        try (JdbcWorkshopStore store = JdbcWorkshopStore.open(database)) {
            Instant now = Instant.now();
            IdempotentRequest running = IdempotentAnswers.request(Optional.of(new IdempotencyKey(key)),
                    WorkshopApiRoutes.submissionScope(code, lea), json(body)).orElseThrow();
            assertThat(store.claimKey(running, store.workshopByJoinCode(code).orElseThrow().id(), now,
                    now.plusSeconds(30), now.plusSeconds(3600))).isInstanceOf(KeyClaim.Claimed.class);
        }

        HttpResponse<String> retry = submit(api, code, lea, DRAFT, key);
        JsonNode problem = problem(retry, 409);
        assertThat(problem.get("type").asText()).endsWith("/idempotency-key-in-progress");
        assertThat(problem.get("detail").asText()).contains("still in progress");
        assertThat(Long.parseLong(retry.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
        assertThat(problem(submit(api, code, lea, DRAFT, key, "Accept-Language", "fr"), 409).get("detail").asText())
                .contains("encore en cours");
        assertThat(api.me(code, lea).get("submissions")).isEmpty();
    }

    @Test
    void aMalformedKeyIs400NamingTheHeaderAndWhatIsAllowed() {
        long workshops = Rows.count(database, "workshop");
        for (String malformed : new String[] {"a".repeat(256), "\"unterminated", "\"a\\nb\"",
                "\"a\"b\""}) {
            HttpResponse<String> refused = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, malformed);
            assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
            JsonNode problem = problem(refused, 400);
            assertThat(problem.get("type").asText()).endsWith("/invalid-idempotency-key");
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
            assertThat(problem.get("detail").asText()).contains("1 to 255 printable ASCII characters");
        }
        JsonNode twice = problem(api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, "a", KEY, "b"), 400);
        assertThat(twice.at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        JsonNode french = problem(api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, "a".repeat(256),
                "Accept-Language", "fr"),
                400);
        assertThat(french.get("detail").asText()).contains("1 à 255 caractères ASCII imprimables");
        // java.net.http leaves an empty header out: sent by hand, empty or blank, it is refused too.
        assertThat(rawCreate("Idempotency-Key:\r\n")).startsWith("HTTP/1.1 400 ");
        assertThat(rawCreate("Idempotency-Key: \t  \r\n")).startsWith("HTTP/1.1 400 ");
        // It also replaces what is not ASCII; "clé" in UTF-8, as a client would send it:
        assertThat(rawCreate("Idempotency-Key: cl\u00c3\u00a9\r\n")).startsWith("HTTP/1.1 400 ");
        assertThat(Rows.count(database, "workshop")).isEqualTo(workshops);
    }

    /** A creation written on the socket, with this header line; the answer's status line. */
    private static String rawCreate(String headerLine) {
        byte[] body = WorkshopClient.WORKSHOP.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + BASE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\n" + headerLine + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aQuotedKeyAndTheSameKeyBareAreOneKey() {
        String key = key();
        HttpResponse<String> quoted = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, "\"" + key + "\"");
        HttpResponse<String> bare = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, "  " + key);
        // Only spacing and the order of fields differ: the same request.
        HttpResponse<String> reordered = api.call("POST", BASE, "{\"audience\": \"b2c\", \"networks\": [\"x\", "
                + "\"mastodon\"],\"brief\": \"Annoncez la soirée jeux\", \"title\": \"Atelier médiathèque\"}",
                KEY, key);

        sameAnswer(quoted, bare);
        sameAnswer(quoted, reordered);
    }

    @Test
    void twoClientsWithTheSameKeyNeverSeeEachOthersAnswer() {
        String key = key();
        HttpResponse<String> first = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, key, "X-Api-Key", "client-1");
        HttpResponse<String> second = api.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, key, "Authorization",
                "Bearer client-2");
        assertThat(second.headers().firstValue(IdempotentAnswers.REPLAYED)).isEmpty();
        String code = ok(first, 201).get("joinCode").asText();
        assertThat(ok(second, 201).get("joinCode").asText()).isNotEqualTo(code);

        // Two participants, one key: two submissions; and the key of a join is another endpoint's.
        String lea = ok(join(api, code, "Léa", key), 201).get("participantToken").asText();
        String tom = api.join(code, "Tom");
        HttpResponse<String> leas = submit(api, code, lea, DRAFT, key);
        HttpResponse<String> toms = submit(api, code, tom, DRAFT, key);
        assertThat(toms.headers().firstValue(IdempotentAnswers.REPLAYED)).isEmpty();
        assertThat(ok(toms, 201).at("/submission/id")).isNotEqualTo(ok(leas, 201).at("/submission/id"));
        assertThat(api.dashboard(code, ok(first, 201).get("trainerToken").asText()).get("submissionCount").asInt())
                .isEqualTo(2);
    }

    @Test
    void aPlatformOnAnotherOriginMaySendTheKeyAndReadTheReplayMark() {
        try (TestServer cors = TestServer.start(Map.of("RICOCHET_CORS_ORIGINS", "https://lms.example.org"))) {
            HttpResponse<String> preflight = cors.send(cors.request(BASE, "Origin", "https://lms.example.org",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                    "content-type,idempotency-key").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                    .contains("Idempotency-Key");
            HttpResponse<String> created = cors.postJson(BASE, WorkshopClient.WORKSHOP, "Origin",
                    "https://lms.example.org", KEY, key());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                    .contains("Idempotent-Replayed", "Location");
        }
    }

    @Test
    void theFirstAnswersOutliveARestartOfTheServer(@TempDir Path directory) {
        Map<String, String> file = Map.of("RICOCHET_DB_URL", "jdbc:h2:file:" + directory.resolve("ricochet")
                + DatabaseConfig.H2_OPTIONS, "RICOCHET_DB_USER", "sa");
        String creation = key();
        String joining = key();
        String submission = key();
        HttpResponse<String> created;
        HttpResponse<String> joined;
        HttpResponse<String> submitted;
        try (TestServer first = TestServer.start(file)) {
            WorkshopClient client = new WorkshopClient(first.server.port());
            created = client.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, creation);
            String code = ok(created, 201).get("joinCode").asText();
            joined = join(client, code, "Léa", joining);
            submitted = submit(client, code, ok(joined, 201).get("participantToken").asText(), DRAFT, submission);
        }

        try (TestServer second = TestServer.start(file)) {
            WorkshopClient client = new WorkshopClient(second.server.port());
            JsonNode workshop = ok(created, 201);
            String code = workshop.get("joinCode").asText();
            String lea = ok(joined, 201).get("participantToken").asText();
            sameAnswer(created, client.call("POST", BASE, WorkshopClient.WORKSHOP, KEY, creation));
            sameAnswer(joined, join(client, code, "Léa", joining));
            sameAnswer(submitted, submit(client, code, lea, DRAFT, submission));
            JsonNode dashboard = client.dashboard(code, workshop.get("trainerToken").asText());
            assertThat(dashboard.get("participants")).hasSize(1);
            assertThat(dashboard.get("submissionCount").asInt()).isEqualTo(1);
        }
    }
}
