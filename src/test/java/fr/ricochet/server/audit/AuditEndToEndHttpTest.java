package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.archive.PlantedAccounts;
import fr.ricochet.archive.SyntheticArchives;
import fr.ricochet.server.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real archive reader and auditor behind the route and the page, on planted X archives. */
class AuditEndToEndHttpTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> upload(String path, byte[] archive, String... headers) {
        return server.send(server.request(path, headers).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }

    @Test
    void anIftttBotsArchiveReadsAsARobotWithTheTenSignals() {
        HttpResponse<String> answer = upload("/api/v1/audits?lang=en", SyntheticArchives.xArchive(PlantedAccounts.iftttBot()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = TestServer.json(answer);
        assertThat(json.at("/verdict/value").asText()).isEqualTo("robot");
        assertThat(json.get("signals")).hasSize(10);
        assertThat(json.at("/account/format").asText()).isEqualTo("x");
    }

    @Test
    void theImageLoversReportRendersAsThePageFragmentAndAsAStandaloneFile() {
        byte[] archive = SyntheticArchives.xArchive(PlantedAccounts.imageLover());
        HttpResponse<String> json = upload("/api/v1/audits", archive);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        HttpResponse<String> csv = upload("/api/v1/audits?format=csv&table=effects", archive);
        assertThat(csv.body()).contains("image;with;");

        AuditPageHttpTest.Visit visit = visit();
        HttpResponse<String> fragment = server.send(server.request("/audit/result", "Cookie", visit.cookie(),
                        "X-CSRF-Token", visit.token()).header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new Multipart()
                        .file("archive", "twitter-2025.zip", "application/zip", archive).bytes())));
        assertThat(fragment.statusCode()).as(fragment.body()).isEqualTo(200);
        assertThat(Pattern.compile("<svg").matcher(fragment.body()).results().count()).isEqualTo(4);
        assertThat(fragment.body()).contains("data-testid=\"audit-chart-forest\"", "audit-download-profile-json");
    }

    @Test
    void aZipThatIsNoArchiveIsA400InTheAskedLanguage() {
        HttpResponse<String> answer = upload("/api/v1/audits", Archives.zip("notes.txt", "bonjour"),
                "Accept-Language", "en");
        assertThat(answer.statusCode()).isEqualTo(400);
        String detail = TestServer.json(answer).get("detail").asText();
        assertThat(detail).startsWith("archive.zip holds no known file of posts").doesNotContain("Exception");
        assertThat(detail.split("archive\\.zip", -1)).as("the file is named once").hasSize(2);
    }

    private static AuditPageHttpTest.Visit visit() {
        HttpResponse<String> page = server.get("/audit", "Accept", "text/html");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ricochet_csrf="))
                .findFirst().orElseThrow().split(";", 2)[0];
        var token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return new AuditPageHttpTest.Visit(cookie, token.group(1), page.body());
    }
}
