package fr.ricochet.server.workshop;

import static fr.ricochet.server.workshop.WorkshopClient.BASE;
import static fr.ricochet.server.workshop.WorkshopClient.json;
import static fr.ricochet.server.workshop.WorkshopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import fr.ricochet.workshop.store.DatabaseConfig;
import fr.ricochet.workshop.store.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One text policy on every stored text, the same on each database: a NUL character or a lone surrogate is a 400
 * naming the field, refused before the store is reached; anything else comes back exactly as it was sent.
 */
class WorkshopTextPolicyTest {

    /** JSON escapes, so the client sends the very UTF-16 units (a lone surrogate cannot be encoded as UTF-8). */
    static final String[] REFUSED = {"\\u0000", "\\ud83d", "\\ude00", "a\\ude00\\ud83d"};

    @TempDir
    Path directory;

    private TestServer start(TestDatabases database) {
        DatabaseConfig config = database.fresh(directory);
        Map<String, String> env = new HashMap<>();
        env.put("RICOCHET_DB_URL", config.url());
        if (config.user() != null) {
            env.put("RICOCHET_DB_USER", config.user());
        }
        if (config.password() != null) {
            env.put("RICOCHET_DB_PASSWORD", config.password());
        }
        if (config.schema() != null) {
            env.put("RICOCHET_DB_SCHEMA", config.schema());
        }
        return TestServer.start(env);
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void nulAndLoneSurrogatesAreRefusedInEveryStoredFieldOnEveryDatabase(TestDatabases database) {
        try (TestServer server = start(database)) {
            WorkshopClient api = new WorkshopClient(server.server.port());
            JsonNode created = api.create();
            String code = created.get("joinCode").asText();
            String lea = api.join(code, "Léa");
            for (String bad : REFUSED) {
                for (String field : new String[] {"title", "brief", "startingPost"}) {
                    String workshop = "{" + (field.equals("title") ? "" : "\"title\": \"Atelier\", ")
                            + "\"networks\": [\"x\"], \"" + field + "\": \"Soirée " + bad + " jeux\"}";
                    refused(api.call("POST", BASE, workshop), field);
                }
                refused(api.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": \"Tom" + bad + "\"}"),
                        "pseudonym");
                refused(api.call("POST", BASE + "/" + code + "/submissions", "{\"text\": \"Venez " + bad + " jeudi\"}",
                        "X-Participant-Token", lea), "text");
                refused(api.call("POST", BASE + "/" + code + "/submissions", "{\"text\": \"Venez jeudi\", \"media\": "
                        + "[{\"type\": \"image\", \"altText\": \"Affiche" + bad + "\"}]}", "X-Participant-Token", lea),
                        "media[0].altText");
            }
            JsonNode french = json(api.call("POST", BASE + "/" + code + "/participants",
                    "{\"pseudonym\": \"Tom\\u0000\"}", "Accept-Language", "fr").body());
            assertThat(french.at("/errors/0/message").asText()).contains("caractère NUL");
            // Nothing refused was stored: Léa is still alone, without any submission.
            JsonNode dashboard = api.dashboard(code, created.get("trainerToken").asText());
            assertThat(dashboard.get("participants")).hasSize(1);
            assertThat(dashboard.get("submissionCount").asInt()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("fr.ricochet.workshop.store.TestDatabases#all")
    void whatTheCreationAnswersIsExactlyWhatIsStored(TestDatabases database) {
        String title = "Atelier 😀 \u00A0Ｌéa \u200D\uD834\uDD1E";
        try (TestServer server = start(database)) {
            WorkshopClient api = new WorkshopClient(server.server.port());
            JsonNode created = ok(api.call("POST", BASE, "{\"title\": " + WorkshopClient.quote(title)
                    + ", \"networks\": [\"x\"], \"startingPost\": \"😀 venez\"}"), 201);
            String code = created.get("joinCode").asText();
            JsonNode stored = ok(api.call("GET", BASE + "/" + code, null), 200);
            assertThat(created.at("/workshop/title").asText()).isEqualTo(title).isEqualTo(stored.get("title").asText());
            HttpResponse<String> joined = api.call("POST", BASE + "/" + code + "/participants",
                    "{\"pseudonym\": \"Léa 😀\"}");
            String lea = ok(joined, 201).get("participantToken").asText();
            String draft = "Soirée 👩\u200D👩\u200D👧 jeux \uFEFF\u00A0vendredi 𝄞 !";
            JsonNode submitted = api.submit(code, lea, draft);
            JsonNode me = api.me(code, lea);
            assertThat(json(joined.body()).get("pseudonym").asText()).isEqualTo("Léa 😀")
                    .isEqualTo(me.get("pseudonym").asText());
            assertThat(submitted.at("/submission/text").asText()).isEqualTo(draft)
                    .isEqualTo(me.at("/submissions/0/text").asText());
            // The same pseudonym as stored, whatever its width or case, is taken.
            assertThat(api.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": \"léa 😀\"}")
                    .statusCode()).isEqualTo(409);
        }
    }

    private static void refused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
        JsonNode body = json(response.body());
        assertThat(body.has("errors")).as(response.body()).isTrue();
        assertThat(body.get("errors").findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(body.at("/errors/0/message").asText()).containsAnyOf("NUL character", "lone surrogate");
    }
}
