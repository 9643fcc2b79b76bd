package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/audits over HTTP: bodies and forms, languages, limits, media types, the audits' lane. */
class AuditHttpTest {

    static final String PATH = "/api/v1/audits";
    static final FakeAuditor AUDITOR = new FakeAuditor();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("RICOCHET_AUDIT_MAX_BYTES", "4000", "RICOCHET_AUDITS", "1"), AUDITOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String... headers) {
        HttpRequest.Builder request = server.request(path, headers).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return server.send(request);
    }

    @Test
    void aNeutralCsvBodyIsAuditedInTheAudiencesZoneAndTheAskedLanguage() {
        HttpResponse<String> answer = post(PATH, "text/csv", Archives.NEUTRAL_CSV);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode json = TestServer.json(answer);
        assertThat(json.at("/verdict/value").asText()).isEqualTo("human");
        assertThat(json.at("/signals/0/id").asText()).isEqualTo("monotony");
        assertThat(AUDITOR.zone).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(AUDITOR.language).isEqualTo("fr");
        assertThat(AUDITOR.fileName).isEqualTo("archive.csv");

        assertThat(post(PATH + "?tz=America/Montreal&lang=en", "text/csv", Archives.NEUTRAL_CSV).statusCode())
                .isEqualTo(200);
        assertThat(AUDITOR.zone).isEqualTo(ZoneId.of("America/Montreal"));
        assertThat(AUDITOR.language).isEqualTo("en");
        post(PATH, "text/csv", Archives.NEUTRAL_CSV, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(AUDITOR.language).isEqualTo("en");
    }

    @Test
    void aZipBodyAndAMultipartFormWithTheFollowsListAreAudited() {
        HttpResponse<String> zip = post(PATH, "application/zip", Archives.xArchive());
        assertThat(zip.statusCode()).as(zip.body()).isEqualTo(200);
        assertThat(TestServer.json(zip).at("/verdict/value").asText()).isEqualTo("robot");
        assertThat(TestServer.json(zip).at("/calibration/effects/0/feature").asText()).isEqualTo("image");

        byte[] form = new Multipart().file("archive", "mastodon-export.zip", "application/zip", Archives.xArchive())
                .file("follows", "following_accounts.csv", "text/csv", "Account address\nalice@example.org\n"
                        .getBytes(StandardCharsets.UTF_8)).bytes();
        HttpResponse<String> multipart = post(PATH + "?tz=Europe/Brussels", Multipart.CONTENT_TYPE, form);
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
        assertThat(AUDITOR.fileName).isEqualTo("mastodon-export.zip");
        assertThat(AUDITOR.follows).contains("alice@example.org");
        assertThat(AUDITOR.zone).isEqualTo(ZoneId.of("Europe/Brussels"));
    }

    @Test
    void aTableComesAsCsvAndAnUnknownTableOrFormatIsRefusedBeforeTheUpload() {
        HttpResponse<String> csv = post(PATH + "?format=csv&table=effects&lang=en", "application/zip",
                Archives.xArchive());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-effects.csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("feature,group,ratio,low,high,n,nOthers,studyRatio,studyFinding,studySource");
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines[1]).startsWith("image,with,2.1,1.6,2.8,120,480,1.35,");

        HttpResponse<String> french = post(PATH + "?format=csv&table=months", "application/zip", Archives.xArchive());
        assertThat(french.body().replace("\uFEFF", "").split("\r\n")[1]).isEqualTo("2025-01;10;41;42");

        HttpResponse<String> unknown = post(PATH + "?format=csv&table=posts", "application/zip", Archives.xArchive());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(unknown).at("/errors/0/field").asText()).isEqualTo("table");
        assertThat(post(PATH + "?format=csv", "application/zip", Archives.xArchive()).statusCode()).isEqualTo(400);
        assertThat(post(PATH + "?format=xml", "application/zip", Archives.xArchive()).statusCode()).isEqualTo(400);
    }

    @Test
    void aBadArchiveIsA400ThatSaysWhichFileAndWhatWasWrongInBothLanguages() {
        HttpResponse<String> french = post(PATH, "application/zip", Archives.zip("notes.txt", "bonjour"));
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = TestServer.json(french);
        assertThat(problem.get("type").asText()).endsWith("/invalid-archive");
        assertThat(problem.get("title").asText()).isEqualTo("Archive illisible");
        assertThat(problem.get("detail").asText()).isEqualTo("data/tweets.js est introuvable dans le zip\u00a0: est-ce bien l'archive X\u202f?");

        HttpResponse<String> english = post(PATH, "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(english).get("title").asText()).isEqualTo("Unreadable archive");
        assertThat(TestServer.json(english).get("detail").asText()).startsWith("archive.csv: the first line must name");
    }

    @Test
    void anArchiveOverTheConfiguredLimitIsA413WithOrWithoutAnnouncedLength() {
        byte[] big = new byte[5000];
        HttpResponse<String> announced = post(PATH, "application/octet-stream", big);
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(announced).get("detail").asText()).isEqualTo("l'archive dépasse 4000\u00A0octets");
        // The rest of the body is never read: the client is told not to reuse the connection.
        assertThat(announced.headers().firstValue("Connection")).hasValue("close");

        // Chunked: no length to refuse on, the count as it streams cuts it off.
        byte[] csv = ("text,createdAt\n" + "x".repeat(6000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = server.send(server.request(PATH, "Accept-Language", "en")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(chunked).get("detail").asText()).isEqualTo("the archive exceeds 4000\u00A0bytes");

        byte[] form = new Multipart().file("archive", "big.zip", "application/zip", big).bytes();
        assertThat(post(PATH, Multipart.CONTENT_TYPE, form).statusCode()).isEqualTo(413);
    }

    @Test
    void otherRoutesKeepTheirOwnBodyLimit() {
        String text = "{\"text\": \"" + "a".repeat(70 * 1024) + "\"}";
        HttpResponse<String> analyze = server.postJson("/api/v1/analyze", text);
        assertThat(analyze.statusCode()).isEqualTo(413);
    }

    @Test
    void anotherMediaTypeIsA415NamingTheAcceptedOnes() {
        HttpResponse<String> json = post(PATH, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(TestServer.json(json).get("detail").asText()).contains("application/zip", "multipart/form-data",
                "received: application/json");
    }

    @Test
    void anUnknownZoneIsA400NamingTheField() {
        HttpResponse<String> answer = post(PATH + "?tz=Mars/Olympus", "text/csv", Archives.NEUTRAL_CSV);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(answer).at("/errors/0/field").asText()).isEqualTo("tz");
        assertThat(TestServer.json(answer).at("/errors/0/message").asText()).contains("Mars/Olympus", "Europe/Paris");
    }

    @Test
    void aSecondAuditWhileOneRunsIsA503WithRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() ->
                post(PATH, "text/csv", FakeAuditor.BLOCK.getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(AUDITOR.entered.await(20, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> second = post(PATH, "text/csv", Archives.NEUTRAL_CSV);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            assertThat(server.get("/health").statusCode()).isEqualTo(200); // the rest of the server still answers
        } finally {
            AUDITOR.release.countDown();
        }
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(post(PATH, "text/csv", Archives.NEUTRAL_CSV).statusCode()).isEqualTo(200);
    }

    @Test
    void withApiKeysConfiguredAnAuditNeedsOne() {
        try (TestServer keyed = TestServer.start(Map.of("RICOCHET_API_KEYS", "audit-test-key-0123456789"),
                new FakeAuditor())) {
            HttpRequest.Builder none = keyed.request(PATH).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Archives.NEUTRAL_CSV));
            assertThat(keyed.send(none).statusCode()).isEqualTo(401);
            HttpRequest.Builder withKey = keyed.request(PATH, "X-Api-Key", "audit-test-key-0123456789")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(Archives.NEUTRAL_CSV));
            assertThat(keyed.send(withKey).statusCode()).isEqualTo(200);
        }
    }
}
