package fr.ricochet.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.server.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit page over plain HTTP: the form, its post without JavaScript, the fragment for the script, errors. */
class AuditPageHttpTest {

    static final FakeAuditor AUDITOR = new FakeAuditor();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("RICOCHET_AUDIT_MAX_BYTES", "4000"), AUDITOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Visit(String cookie, String token, String page) {
        static Visit of(String path) {
            HttpResponse<String> page = server.get(path, "Accept", "text/html");
            String cookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("ricochet_csrf=")).findFirst().orElseThrow().split(";", 2)[0];
            Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            return new Visit(cookie, token.group(1), page.body());
        }
    }

    static HttpResponse<String> post(String path, Visit visit, Multipart form, String... headers) {
        HttpRequest.Builder request = server.request(path, headers).header("Cookie", visit.cookie())
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        return server.send(request);
    }

    @Test
    void thePageOffersAMultipartFormThatWorksWithoutScriptAndSaysWhereEachExportIs() {
        Visit visit = Visit.of("/audit");
        assertThat(visit.page()).contains("action=\"/audit\"", "enctype=\"multipart/form-data\"", "name=\"archive\"",
                "name=\"follows\"", "name=\"tz\"", "data-testid=\"audit-submit\"")
                .contains("Télécharger une archive de vos données", "Demander vos archives", "Exporter mes données",
                        "Shares.csv", "text, createdAt")
                .contains("<option value=\"Europe/Paris\" selected=\"selected\">Europe/Paris</option>")
                .containsPattern("href=\"/audit\"[^>]*aria-current=\"page\"");
        assertThat(visit.page()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=\"");
        assertThat(Visit.of("/").page()).contains("href=\"/audit\"").doesNotContainPattern(
                "href=\"/audit\"[^>]*aria-current");
        assertThat(server.get("/audit?lang=en", "Accept", "text/html").body()).contains("Audit an account",
                "Download an archive of your data");
    }

    @Test
    void theFormPostWithoutScriptAnswersThePageWithTheResultEscaped() {
        Visit visit = Visit.of("/audit");
        HttpResponse<String> page = post("/audit", visit, new Multipart().field("_csrf", visit.token())
                .field("tz", "America/Montreal").file("archive", "x.zip", "application/zip", Archives.xArchive()),
                "Accept", "text/html");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(AUDITOR.zone.getId()).isEqualTo("America/Montreal");
        String html = page.body();
        assertThat(html).contains("data-testid=\"audit-form\"", "data-testid=\"audit-result\"",
                "Se lit comme un robot", "92 % des publications");
        assertThat(Pattern.compile("<svg").matcher(html).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("data-testid=\"audit-signal\"").matcher(html).results().count()).isEqualTo(3);
        // The post quoted as an example is text, never markup.
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("download=\"audit.json\"", "download=\"audit-effects.csv\"",
                "download=\"profile.yaml\"", "data-testid=\"audit-save-profile\"");
    }

    @Test
    void theScriptsPostGetsTheFragmentAloneAndItsErrorsAsProblems() {
        Visit visit = Visit.of("/audit");
        HttpResponse<String> fragment = post("/audit/result", visit, new Multipart()
                .file("archive", "posts.csv", "text/csv", Archives.NEUTRAL_CSV), "X-CSRF-Token", visit.token());
        assertThat(fragment.statusCode()).as(fragment.body()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section").contains("data-testid=\"audit-calibration-unavailable\"")
                .doesNotContain("<html", "<form");
        HttpResponse<String> bad = post("/audit/result?lang=en", visit, new Multipart()
                .file("archive", "notes.zip", "application/zip", Archives.zip("notes.txt", "hi")),
                "X-CSRF-Token", visit.token(), "Accept", "text/html, application/problem+json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(TestServer.json(bad).get("detail").asText()).isEqualTo("data/tweets.js is not in the zip: is it X's archive?");
    }

    @Test
    void aBadArchiveAnswersThePageWithTheProblemInThePagesLanguage() {
        Visit visit = Visit.of("/audit");
        HttpResponse<String> page = post("/audit", visit, new Multipart().field("_csrf", visit.token())
                .file("archive", "posts.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8)), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("data-testid=\"audit-errors\"", "Archive illisible",
                "posts.csv\u00A0: la première ligne doit nommer les colonnes").doesNotContain("audit-result\"");
        HttpResponse<String> tooBig = post("/audit", visit, new Multipart().field("_csrf", visit.token())
                .file("archive", "big.zip", "application/zip", new byte[5000]), "Accept", "text/html");
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("l&#39;archive dépasse 4000\u00A0octets");
        HttpResponse<String> none = post("/audit", visit, new Multipart().field("_csrf", visit.token()),
                "Accept", "text/html");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("archive", "est obligatoire");
    }

    @Test
    void aFormWithoutItsPageTokenIsRefused() {
        Visit visit = Visit.of("/audit");
        HttpResponse<String> forged = post("/audit", visit, new Multipart().field("_csrf", "forged")
                .file("archive", "x.zip", "application/zip", Archives.xArchive()), "Accept", "text/html");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(post("/audit/result", visit, new Multipart().file("archive", "x.zip", "application/zip",
                Archives.xArchive())).statusCode()).isEqualTo(403);
    }

    @Test
    void aMalformedMultipartIsA400NotA413() {
        HttpResponse<String> answer = server.send(server.request("/api/v1/audits")
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString("not a multipart body at all")));
        assertThat(answer.statusCode()).isEqualTo(400);
    }
}
