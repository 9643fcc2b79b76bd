package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.testing.Profiles;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stored calibration profiles over HTTP, and requests that name one by its id. */
class ProfileHttpTest {

    private static final CalibrationProfile PROFILE = Profiles.profile("x", List.of(Profiles.IMAGE_TWICE),
            List.of(Profiles.SUNDAY_EVENING));
    private static final String DRAFT = "Nouveaux horaires de la médiathèque : ouverte le dimanche. Venez ! #Lecture";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return server.send(server.request("/api/v1/profiles").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String store(String yaml) {
        HttpResponse<String> created = post("application/yaml", yaml);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestServer.json(created).get("id").textValue();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/profiles/" + id);
        return id;
    }

    @Test
    void storesAYamlProfileAndGivesItBackInJsonOrYaml() throws Exception {
        String id = store(ProfileWriter.yaml(PROFILE));
        HttpResponse<String> json = server.get("/api/v1/profiles/" + id);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(TestServer.json(json).get("id").textValue()).isEqualTo(id);
        assertThat(TestServer.json(json).get("effects").get(0).get("ratio").doubleValue()).isEqualTo(2.0);
        HttpResponse<String> yaml = server.get("/api/v1/profiles/" + id, "Accept", "application/yaml");
        assertThat(yaml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(yaml.body()).contains("network: x", "id: " + id);
        assertThat(server.get("/api/v1/profiles/" + id + "?format=yaml").body()).isEqualTo(yaml.body());
    }

    @Test
    void aRequestNamingTheStoredIdIsCalibrated() {
        String id = store(ProfileWriter.yaml(PROFILE));
        HttpResponse<String> report = server.postJson("/api/v1/analyze",
                "{\"text\": \"" + DRAFT + "\", \"networks\": [\"x\"], \"profile\": \"" + id + "\"}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode media = find(TestServer.json(report).get("tips"), "media");
        assertThat(media.get("weight").intValue()).isEqualTo(24);
        assertThat(media.get("basis").textValue()).isEqualTo("account");
        HttpResponse<String> inline = server.postJson("/api/v1/analyze",
                "{\"text\": \"" + DRAFT + "\", \"networks\": [\"x\"], \"profile\": " + ProfileWriter.json(PROFILE) + "}");
        assertThat(find(TestServer.json(inline).get("tips"), "media").get("weight").intValue()).isEqualTo(24);
    }

    @Test
    void anUnknownIdIsA404AndARequestNamingItA400OnTheProfileField() {
        HttpResponse<String> missing = server.get("/api/v1/profiles/aaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(missing).get("detail").textValue())
                .contains("aucun profil de calibration n'a l'identifiant «\u00A0aaaaaaaaaaaaaaaaaaaaaaaaaa\u00A0»");
        assertThat(TestServer.json(server.get("/api/v1/profiles/abc?lang=en")).get("detail").textValue())
                .contains("no calibration profile has the id \"abc\"");
        assertThat(server.send(server.request("/api/v1/profiles/nope").DELETE()).statusCode()).isEqualTo(404);
        HttpResponse<String> analysis = server.postJson("/api/v1/analyze",
                "{\"text\": \"Bonjour\", \"profile\": \"aaaaaaaaaaaaaaaaaaaaaaaaaa\"}");
        assertThat(analysis.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(analysis).get("errors").get(0).get("field").textValue()).isEqualTo("profile");
    }

    @Test
    void aDeletedProfileIsGone() {
        String id = store(ProfileWriter.yaml(PROFILE));
        assertThat(server.send(server.request("/api/v1/profiles/" + id).DELETE()).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/v1/profiles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadBodyIsA400WithEveryFieldAtFault() {
        HttpResponse<String> bad = post("application/json",
                "{\"version\": 1, \"network\": \"myspace\", \"timeZone\": \"Europe/Paris\", \"posts\": -1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode errors = TestServer.json(bad).get("errors");
        assertThat(errors).extracting(e -> e.get("field").textValue()).containsExactlyInAnyOrder("network", "posts");
        HttpResponse<String> french = server.send(server.request("/api/v1/profiles?lang=fr")
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString("version: [")));
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(french).get("detail").textValue()).contains("ni du JSON ni du YAML");
        assertThat(post("text/plain", "version: 1").statusCode()).isEqualTo(415);
        assertThat(post("application/json", "{\"account\": \"" + "a".repeat(300_000) + "\"}").statusCode())
                .isEqualTo(413);
    }

    private static JsonNode find(JsonNode tips, String id) {
        for (JsonNode tip : tips) {
            if (tip.get("id").textValue().equals(id)) {
                return tip;
            }
        }
        throw new AssertionError("no tip " + id);
    }
}
