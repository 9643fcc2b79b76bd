package fr.ricochet.server.workshop;

import static fr.ricochet.server.workshop.WorkshopClient.BASE;
import static fr.ricochet.server.workshop.WorkshopClient.json;
import static fr.ricochet.server.workshop.WorkshopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every workshop endpoint over HTTP, successes and each error status, on a server with an in-memory database. */
class WorkshopApiTest {

    static final String DRAFT_1 = "soirée jeux vendredi";
    static final String DRAFT_2 = "Soirée jeux vendredi 18h à la médiathèque : venez nombreux, partagez ! #JeuxDeSociété";

    static TestServer server;
    static WorkshopClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new WorkshopClient(server.server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Saturday 23:30 in Paris: outside every good window, which only the trainer chose. */
    static final String PLANNED_BADLY = "{\"title\": \"Atelier\", \"brief\": \"Annoncez la conférence\", "
            + "\"networks\": [\"x\"], \"audience\": \"general\", \"timeZone\": \"Europe/Paris\", "
            + "\"plannedAt\": \"2026-12-05T23:30:00+01:00\"}";
    static final String EVENT = "Conférence jeudi 18h à la médiathèque, venez nombreux !";

    @Test
    void theTrainersPlannedTimeIsShownButNeverCountsAgainstAParticipant() {
        JsonNode created = ok(api.call("POST", BASE, PLANNED_BADLY), 201);
        String code = created.get("joinCode").asText();
        String lea = api.join(code, "Léa");
        JsonNode submitted = api.submit(code, lea, EVENT);
        JsonNode unplanned = json(api.call("POST", "/api/v1/analyze", "{\"text\": " + WorkshopClient.quote(EVENT)
                + ", \"networks\": [\"x\"], \"audience\": \"general\", \"timeZone\": \"Europe/Paris\"}").body());
        JsonNode planned = json(api.call("POST", "/api/v1/analyze", "{\"text\": " + WorkshopClient.quote(EVENT)
                + ", \"networks\": [\"x\"], \"audience\": \"general\", \"timeZone\": \"Europe/Paris\", "
                + "\"scheduledAt\": \"2026-12-05T23:30:00+01:00\"}").body());
        assertThat(planned.get("score").asInt()).as("the planned time costs points outside workshops")
                .isLessThan(unplanned.get("score").asInt());
        assertThat(submitted.at("/submission/score").asInt()).isEqualTo(unplanned.get("score").asInt())
                .isEqualTo(submitted.at("/report/score").asInt());
        List<String> rules = new ArrayList<>();
        submitted.at("/submission/findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).as("the planned time's advice is still shown").contains("timing");

        JsonNode dashboard = api.dashboard(code, created.get("trainerToken").asText());
        List<String> weakest = new ArrayList<>();
        dashboard.get("weakestTips").forEach(t -> weakest.add(t.get("tipId").asText()));
        assertThat(weakest).doesNotContain("timing");
        assertThat(dashboard.at("/trainerSetTips/0/tipId").asText()).isEqualTo("timing");
        assertThat(dashboard.at("/trainerSetTips/0/failing").asInt()).isEqualTo(1);
    }

    @Test
    void aTrainerRunsAWholeWorkshopThroughTheApi() throws Exception {
        HttpResponse<String> creation = api.call("POST", BASE, WorkshopClient.WORKSHOP);
        JsonNode created = ok(creation, 201);
        String code = created.get("joinCode").asText();
        String trainer = created.get("trainerToken").asText();
        assertThat(code).matches("[2-9A-Z]{6}");
        assertThat(created.get("trainerUrl").asText()).endsWith("/workshops/" + code + "/trainer#" + trainer);
        assertThat(created.get("joinUrl").asText()).endsWith("/workshops/" + code);
        assertThat(created.at("/workshop/networks").toString()).isEqualTo("[\"x\",\"mastodon\"]");
        assertThat(creation.headers().firstValue("Cache-Control")).hasValue("no-store");

        JsonNode shown = ok(api.call("GET", BASE + "/" + code.toLowerCase(), null), 200);
        assertThat(shown.get("title").asText()).isEqualTo("Atelier médiathèque");
        assertThat(shown.get("closed").asBoolean()).isFalse();

        String lea = api.join(code, "Léa");
        String tom = api.join(code, "Tom");
        JsonNode first = api.submit(code, lea, DRAFT_1);
        JsonNode second = api.submit(code, lea, DRAFT_2);
        JsonNode toms = api.submit(code, tom, DRAFT_2);
        assertThat(first.at("/submission/score").asInt()).isEqualTo(first.at("/report/score").asInt());
        assertThat(second.at("/report/networks").size()).isEqualTo(2);

        JsonNode mine = api.me(code, lea);
        assertThat(mine.get("pseudonym").asText()).isEqualTo("Léa");
        assertThat(mine.get("submissions")).hasSize(2);
        assertThat(mine.at("/submissions/0/text").asText()).isEqualTo(DRAFT_1);
        assertThat(mine.get("firstScore").asInt()).isEqualTo(first.at("/submission/score").asInt());
        assertThat(mine.get("latestScore").asInt()).isEqualTo(second.at("/submission/score").asInt());
        assertThat(mine.get("progress").asInt()).isEqualTo(mine.get("latestScore").asInt()
                - mine.get("firstScore").asInt());
        assertThat(api.me(code, tom).get("submissions")).hasSize(1);

        JsonNode dashboard = api.dashboard(code, trainer);
        assertThat(dashboard.get("participants")).extracting(p -> p.get("pseudonym").asText())
                .containsExactly("Léa", "Tom");
        assertThat(dashboard.get("submissionCount").asInt()).isEqualTo(3);
        assertThat(dashboard.at("/participants/0/bestScore").asInt()).isEqualTo(mine.get("bestScore").asInt());
        assertThat(dashboard.at("/participants/0/firstSubmissionId").asLong())
                .isEqualTo(first.at("/submission/id").asLong());
        assertThat(dashboard.at("/participants/0/latestSubmissionId").asLong())
                .isEqualTo(second.at("/submission/id").asLong());
        assertThat(dashboard.get("distribution")).hasSize(10);
        assertThat(dashboard.toString()).doesNotContain(lea).doesNotContain(trainer);

        JsonNode compared = ok(api.call("GET", BASE + "/" + code + "/submissions/compare?left="
                + first.at("/submission/id").asLong() + "&right=" + toms.at("/submission/id").asLong(), null,
                "X-Trainer-Token", trainer), 200);
        assertThat(compared.at("/left/pseudonym").asText()).isEqualTo("Léa");
        assertThat(compared.at("/right/pseudonym").asText()).isEqualTo("Tom");
        assertThat(compared.at("/left/submission/findings").isArray()).isTrue();

        HttpResponse<String> csv = api.call("GET", BASE + "/" + code + "/export.csv", null, "X-Trainer-Token", trainer);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"ricochet-atelier-" + code + ".csv\"");
        // The client asks for English; the dashboard passes its page language in ?lang=.
        assertThat(csv.body()).startsWith("\uFEFFNo.,Pseudonym,").contains("Léa", "Tom", DRAFT_1);
        assertThat(csv.body().lines()).hasSize(4);
        assertThat(api.call("GET", BASE + "/" + code + "/export.csv?lang=fr", null, "X-Trainer-Token", trainer)
                .body()).startsWith("\uFEFFN°;Pseudonyme;");
        HttpResponse<byte[]> xlsx = api.bytes(BASE + "/" + code + "/export.xlsx", "X-Trainer-Token", trainer);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(WorkshopExports.XLSX_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"ricochet-atelier-" + code + ".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(5)).isEqualTo("Texte"); // no lang, no Accept-Language: French
            assertThat(rows).extracting(row -> row.getCellText(5)).contains(DRAFT_1);
        }

        HttpResponse<String> exported = api.call("GET", BASE + "/" + code + "/export.json", null,
                "X-Trainer-Token", trainer);
        assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains(".json");
        assertThat(json(exported.body()).get("submissions")).hasSize(3);

        JsonNode closed = ok(api.call("POST", BASE + "/" + code + "/close", null, "X-Trainer-Token", trainer), 200);
        assertThat(closed.get("closed").asBoolean()).isTrue();
        assertThat(problem(api.submitRaw(code, tom, DRAFT_2), 409).get("type").asText()).endsWith("/workshop-closed");
        problem(api.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": \"Zoé\"}"), 409);
        assertThat(api.me(code, tom).get("submissions")).hasSize(1);
        assertThat(api.dashboard(code, trainer).get("submissionCount").asInt()).isEqualTo(3);

        assertThat(api.call("DELETE", BASE + "/" + code, null, "X-Trainer-Token", trainer).statusCode())
                .isEqualTo(204);
        problem(api.call("GET", BASE + "/" + code, null), 404);
        problem(api.call("GET", BASE + "/" + code + "/dashboard", null, "X-Trainer-Token", trainer), 404);
    }

    @Test
    void linksUseTheConfiguredPublicAddressRatherThanTheHostHeader() {
        try (TestServer behindProxy = TestServer.start(Map.of("RICOCHET_PUBLIC_URL", "https://ateliers.example.org/"))) {
            JsonNode created = ok(new WorkshopClient(behindProxy.server.port()).call("POST", BASE,
                    WorkshopClient.WORKSHOP), 201);
            String code = created.get("joinCode").asText();
            assertThat(created.get("joinUrl").asText()).isEqualTo("https://ateliers.example.org/workshops/" + code);
            assertThat(created.get("trainerUrl").asText())
                    .startsWith("https://ateliers.example.org/workshops/" + code + "/trainer#");
        }
        JsonNode created = ok(api.call("POST", BASE, WorkshopClient.WORKSHOP), 201);
        assertThat(created.get("joinUrl").asText())
                .isEqualTo("http://127.0.0.1:" + server.server.port() + "/workshops/" + created.get("joinCode").asText());
    }

    @Test
    void tokensOpenOnlyWhatTheyAreFor() {
        JsonNode created = api.create();
        String code = created.get("joinCode").asText();
        String trainer = created.get("trainerToken").asText();
        String lea = api.join(code, "Léa");
        JsonNode other = api.create();
        String otherCode = other.get("joinCode").asText();
        String otherTrainer = other.get("trainerToken").asText();
        String stranger = api.join(otherCode, "Sam");

        List<String> trainerPaths = List.of("/dashboard", "/export.csv", "/export.xlsx", "/export.json",
                "/submissions/compare?left=1&right=2");
        for (String path : trainerPaths) {
            problem(api.call("GET", BASE + "/" + code + path, null), 403);
            problem(api.call("GET", BASE + "/" + code + path, null, "X-Trainer-Token", trainer + "x"), 403);
            problem(api.call("GET", BASE + "/" + code + path, null, "X-Trainer-Token", lea), 403);
            problem(api.call("GET", BASE + "/" + code + path, null, "X-Trainer-Token", otherTrainer), 403);
            problem(api.call("GET", BASE + "/NOPE22" + path, null, "X-Trainer-Token", trainer), 404);
        }
        problem(api.call("POST", BASE + "/" + code + "/close", null, "X-Trainer-Token", otherTrainer), 403);
        problem(api.call("DELETE", BASE + "/" + code, null, "X-Trainer-Token", "garbage"), 403);
        problem(api.call("DELETE", BASE + "/" + code, null), 403);

        problem(api.submitRaw(code, stranger, DRAFT_1), 403);
        problem(api.submitRaw(code, trainer, DRAFT_1), 403);
        problem(api.submitRaw(code, "", DRAFT_1), 403);
        problem(api.call("GET", BASE + "/" + code + "/me", null, "X-Participant-Token", stranger), 403);
        problem(api.call("GET", BASE + "/" + code + "/me", null), 403);
        problem(api.submitRaw("NOPE22", lea, DRAFT_1), 404);
        assertThat(api.dashboard(code, trainer).get("participants")).hasSize(1);
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        String code = api.create().get("joinCode").asText();
        String lea = api.join(code, "Léa");

        JsonNode invalid = problem(api.call("POST", BASE, "{\"title\": \"\", \"networks\": [\"myspace\"], "
                + "\"colour\": 1}", "Accept-Language", "fr"), 400);
        assertThat(invalid.get("errors")).extracting(e -> e.get("field").asText())
                .contains("title", "networks[0]", "colour");
        assertThat(invalid.toString()).contains("obligatoire");
        assertThat(problem(api.call("POST", BASE, "{\"networks\": []}"), 400).toString()).contains("is required");
        problem(api.call("POST", BASE, "{\"title\": "), 400);
        problem(api.call("POST", BASE, "[]"), 400);
        assertThat(api.call("POST", BASE, "{\"title\": \"t\", \"networks\": [\"x\"]}", "Content-Type",
                "text/plain").statusCode()).isIn(400, 415);

        problem(api.call("POST", BASE + "/" + code + "/participants", "{}"), 400);
        problem(api.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": 42}"), 400);
        problem(api.call("POST", BASE + "/" + code + "/participants", "{\"pseudonym\": \"" + "a".repeat(41) + "\"}"),
                400);
        problem(api.call("POST", BASE + "/" + code + "/participants", "\"Léa\""), 400);
        JsonNode taken = problem(api.call("POST", BASE + "/" + code + "/participants",
                "{\"pseudonym\": \" LÉA \"}", "Accept-Language", "fr"), 409);
        assertThat(taken.get("detail").asText()).isEqualTo("ce pseudonyme est déjà pris dans cet atelier");
        problem(api.call("POST", BASE + "/NOPE22/participants", "{\"pseudonym\": \"Léo\"}"), 404);

        problem(api.submitRaw(code, lea, ""), 400);
        problem(api.submitRaw(code, lea, "a".repeat(10_001)), 413);
        problem(api.call("POST", BASE + "/" + code + "/submissions", "{\"text\": \"a\", \"networks\": [\"x\"]}",
                "X-Participant-Token", lea), 400);
        problem(api.call("POST", BASE + "/" + code + "/submissions", "{\"text\": ", "X-Participant-Token", lea), 400);

        String trainer = api.create().get("trainerToken").asText();
        problem(api.call("GET", BASE + "/" + code + "/submissions/compare?left=x", null, "X-Trainer-Token", trainer),
                403);
        JsonNode again = api.create();
        String path = BASE + "/" + again.get("joinCode").asText() + "/submissions/compare";
        String token = again.get("trainerToken").asText();
        problem(api.call("GET", path + "?left=x&right=1", null, "X-Trainer-Token", token), 400);
        problem(api.call("GET", path, null, "X-Trainer-Token", token), 400);
        problem(api.call("GET", path + "?left=1&right=2", null, "X-Trainer-Token", token), 404);
        problem(api.call("PUT", BASE + "/" + code, null), 405);
    }

    @Test
    void aFullWorkshopRefusesTheNextParticipant() {
        try (TestServer small = TestServer.start(Map.of("RICOCHET_WORKSHOP_MAX_PARTICIPANTS", "1"))) {
            WorkshopClient client = new WorkshopClient(small.server.port());
            String code = client.create().get("joinCode").asText();
            client.join(code, "Léa");
            JsonNode full = problem(client.call("POST", BASE + "/" + code + "/participants",
                    "{\"pseudonym\": \"Tom\"}"), 409);
            assertThat(full.get("type").asText()).endsWith("/workshop-full");
        }
    }

    @Test
    void joiningAndSubmittingAreRateLimited() {
        try (TestServer limited = TestServer.start(Map.of("RICOCHET_WORKSHOP_JOINS_PER_MINUTE", "2",
                "RICOCHET_WORKSHOP_SUBMISSIONS_PER_MINUTE", "1"))) {
            WorkshopClient client = new WorkshopClient(limited.server.port());
            String code = client.create().get("joinCode").asText();
            String lea = client.join(code, "Léa");
            String tom = client.join(code, "Tom");
            HttpResponse<String> third = client.call("POST", BASE + "/" + code + "/participants",
                    "{\"pseudonym\": \"Zoé\"}");
            problem(third, 429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            client.submit(code, lea, DRAFT_1);
            problem(client.submitRaw(code, lea, DRAFT_2), 429);
            client.submit(code, tom, DRAFT_1); // one participant's limit is not another's
            assertThat(client.me(code, lea).get("submissions")).hasSize(1);
        }
    }

    @Test
    void apiKeysGuardTheWorkshopApiToo() {
        String key = "workshop-key-0123456789";
        try (TestServer keyed = TestServer.start(Map.of("RICOCHET_API_KEYS", key))) {
            WorkshopClient client = new WorkshopClient(keyed.server.port());
            problem(client.call("POST", BASE, WorkshopClient.WORKSHOP), 401);
            assertThat(client.call("POST", BASE, WorkshopClient.WORKSHOP, "X-Api-Key", key).statusCode())
                    .isEqualTo(201);
        }
    }

    @Test
    void exportsNeutraliseFormulasAndKeepTextAsData() {
        JsonNode created = api.create();
        String code = created.get("joinCode").asText();
        String trainer = created.get("trainerToken").asText();
        String mallory = api.join(code, "=HYPERLINK(\"x\")");
        api.submit(code, mallory, "<script>alert(1)</script> +33 =1+1");
        String hidden = api.join(code, "\u00A0@SUM(A1)");
        api.submit(code, hidden, "\u200B\uFEFF=2+2 venez");
        String csv = api.call("GET", BASE + "/" + code + "/export.csv", null, "X-Trainer-Token", trainer).body();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(csv).contains(",'\u00A0@SUM(A1),").contains(",'\u200B\uFEFF=2+2 venez")
                .doesNotContain(",\u00A0@").doesNotContain(",\u200B\uFEFF=");
        JsonNode exported = json(api.call("GET", BASE + "/" + code + "/export.json", null, "X-Trainer-Token",
                trainer).body());
        List<String> texts = new ArrayList<>();
        exported.get("submissions").forEach(s -> texts.add(s.get("text").asText()));
        assertThat(texts).containsExactly("<script>alert(1)</script> +33 =1+1", "\u200B\uFEFF=2+2 venez");
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode body = json(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        return body;
    }
}
