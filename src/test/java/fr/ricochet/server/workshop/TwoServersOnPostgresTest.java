package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two Ricochet servers on one PostgreSQL (RICOCHET_TEST_DB_URL, started by {@code bash .ci/test}) serve one workshop as
 * one: created on the first, joined and fed through both, the same dashboard on both, and a close on one refuses
 * submissions on the other. Without that database the test fails; it is never skipped.
 */
class TwoServersOnPostgresTest {

    @Test
    void twoServersServeTheSameWorkshopConsistently() {
        Map<String, String> env = postgres();
        try (TestServer one = TestServer.start(env); TestServer two = TestServer.start(env)) {
            WorkshopClient a = new WorkshopClient(one.server.port());
            WorkshopClient b = new WorkshopClient(two.server.port());
            JsonNode created = a.create();
            String code = created.get("joinCode").asText();
            String trainer = created.get("trainerToken").asText();

            String lea = b.join(code, "Léa");
            String tom = a.join(code, "Tom");
            assertThat(b.call("POST", WorkshopClient.BASE + "/" + code + "/participants", "{\"pseudonym\": \"léa\"}")
                    .statusCode()).as("pseudonyms are unique across servers").isEqualTo(409);
            a.submit(code, lea, "soirée jeux vendredi");
            b.submit(code, lea, "Soirée jeux vendredi 18h à la médiathèque : venez nombreux ! #Jeux");
            b.submit(code, tom, "Venez jouer vendredi soir à la médiathèque !");

            JsonNode onA = a.dashboard(code, trainer);
            JsonNode onB = b.dashboard(code, trainer);
            assertThat(onA).isEqualTo(onB);
            assertThat(onA.get("submissionCount").asInt()).isEqualTo(3);
            assertThat(a.me(code, lea)).isEqualTo(b.me(code, lea));
            assertThat(b.me(code, lea).get("submissions")).hasSize(2);

            assertThat(a.call("POST", WorkshopClient.BASE + "/" + code + "/close", null, "X-Trainer-Token", trainer)
                    .statusCode()).isEqualTo(200);
            assertThat(b.submitRaw(code, tom, "Encore un essai").statusCode()).isEqualTo(409);
            assertThat(b.dashboard(code, trainer).at("/workshop/closed").asBoolean()).isTrue();

            assertThat(b.call("DELETE", WorkshopClient.BASE + "/" + code, null, "X-Trainer-Token", trainer)
                    .statusCode()).isEqualTo(204);
            assertThat(a.call("GET", WorkshopClient.BASE + "/" + code, null).statusCode()).isEqualTo(404);
        }
    }

    /** The test database, in a schema of its own so that no other test's rows are seen. */
    static Map<String, String> postgres() {
        String url = System.getenv("RICOCHET_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("RICOCHET_TEST_DB_URL is not set, so the two-server test cannot run (it "
                    + "fails rather than skips). Run `bash .ci/test`, which starts a PostgreSQL and sets it.");
        }
        Map<String, String> env = new HashMap<>();
        env.put("RICOCHET_DB_URL", url);
        env.put("RICOCHET_DB_USER", System.getenv().getOrDefault("RICOCHET_TEST_DB_USER", ""));
        env.put("RICOCHET_DB_PASSWORD", System.getenv().getOrDefault("RICOCHET_TEST_DB_PASSWORD", ""));
        env.put("RICOCHET_DB_SCHEMA", "s_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT));
        env.put("RICOCHET_DB_POOL_SIZE", "4");
        return env;
    }
}
