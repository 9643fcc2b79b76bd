package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workshop pages over plain HTTP, as a browser without scripts uses them: CSRF on every form, the participant's
 * cookie and its attributes, escaping of what trainers and participants type, and each person seeing only their own.
 */
class WorkshopPagesTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWorkshopRunsThroughThePagesWithoutScripts() {
        PageBrowser trainer = new PageBrowser(server.server.port());
        HttpResponse<String> created = trainer.submit("/workshops/new", "/workshops/new", Map.of(
                "title", "Atelier <script>alert('t')</script>", "brief", "Annoncez la soirée jeux",
                "networks", "mastodon", "audience", "b2c", "plannedAt", "2026-12-04T18:30", "timeZone", "Europe/Paris",
                "startingPost", "soirée jeux vendredi"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;t&#39;)");
        String code = find(created.body(), "/workshops/([2-9A-Z]{6})/trainer#");
        assertThat(find(created.body(), "/trainer#([^\"]+)\"")).contains(".");

        PageBrowser lea = new PageBrowser(server.server.port());
        HttpResponse<String> joinForm = lea.get("/workshops/" + code);
        assertThat(joinForm.body()).contains("Annoncez la soirée jeux", "name=\"pseudonym\"");
        HttpResponse<String> joined = lea.submit("/workshops/" + code, "/workshops/" + code + "/join",
                Map.of("pseudonym", "Léa <i>"));
        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(joined.headers().firstValue("Location")).hasValue("/workshops/" + code);
        String cookie = joined.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(ParticipantCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/workshops/" + code);

        HttpResponse<String> page = lea.get("/workshops/" + code);
        assertThat(page.body()).contains("Léa &lt;i&gt;").doesNotContain("Léa <i>").contains("soirée jeux vendredi");
        HttpResponse<String> submitted = lea.submit("/workshops/" + code, "/workshops/" + code + "/submit",
                Map.of("text", "Soirée jeux <b>vendredi</b> 18h à la médiathèque : venez nombreux ! #Jeux",
                        "workshopSubmit", "1"));
        assertThat(submitted.statusCode()).isEqualTo(303);
        String after = lea.get("/workshops/" + code).body();
        assertThat(after).contains("Soirée jeux &lt;b&gt;vendredi&lt;/b&gt;", "data-testid=\"progress-chart\"",
                "data-testid=\"best-score\"");

        PageBrowser tom = new PageBrowser(server.server.port());
        assertThat(tom.submit("/workshops/join", "/workshops/join", Map.of("code", code.toLowerCase(),
                "pseudonym", "Tom")).statusCode()).isEqualTo(303);
        String toms = tom.get("/workshops/" + code).body();
        assertThat(toms).contains("Tom").doesNotContain("vendredi</b>").doesNotContain("&lt;b&gt;vendredi");

        PageBrowser other = new PageBrowser(server.server.port());
        HttpResponse<String> taken = other.submit("/workshops/" + code, "/workshops/" + code + "/join",
                Map.of("pseudonym", "tom"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("Ce pseudonyme est déjà pris dans cet atelier");

        HttpResponse<String> dashboard = trainer.get("/workshops/" + code + "/trainer");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("data-code=\"" + code + "\"", "/static/js/workshop-trainer.js")
                .doesNotContain("Léa");
        assertThat(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void aFormSentTwiceStoresOnceAndBothSendingsGetTheFirstAnswer() {
        PageBrowser trainer = new PageBrowser(server.server.port());
        String newForm = trainer.get("/workshops/new").body();
        Map<String, String> workshop = new LinkedHashMap<>(Map.of("title", "Atelier double clic", "networks", "x",
                "_csrf", csrf(newForm), IdempotencyHeader.FIELD, formKey(newForm)));
        HttpResponse<String> created = trainer.post("/workshops/new", workshop);
        HttpResponse<String> resent = trainer.post("/workshops/new", workshop);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(resent.statusCode()).isEqualTo(201);
        assertThat(resent.headers().firstValue(IdempotentAnswers.REPLAYED)).hasValue("true");
        String trainerUrl = find(created.body(), "(/workshops/[2-9A-Z]{6}/trainer#[^\"]+)\"");
        assertThat(find(resent.body(), "(/workshops/[2-9A-Z]{6}/trainer#[^\"]+)\"")).isEqualTo(trainerUrl);
        assertThat(formKey(trainer.get("/workshops/new").body())).as("each form its own key")
                .isNotEqualTo(workshop.get(IdempotencyHeader.FIELD));
        String code = find(trainerUrl, "/workshops/([2-9A-Z]{6})/");

        PageBrowser lea = new PageBrowser(server.server.port());
        String joinForm = lea.get("/workshops/" + code).body();
        Map<String, String> join = Map.of("pseudonym", "Léa", "_csrf", csrf(joinForm), IdempotencyHeader.FIELD,
                formKey(joinForm));
        HttpResponse<String> joined = lea.post("/workshops/" + code + "/join", join);
        HttpResponse<String> rejoined = lea.post("/workshops/" + code + "/join", join);
        assertThat(rejoined.statusCode()).isEqualTo(joined.statusCode()).isEqualTo(303);
        assertThat(participantCookie(rejoined)).isEqualTo(participantCookie(joined));
        // A double click: the sendings arrive together; those that find the first one running wait for its answer.
        PageBrowser tom = new PageBrowser(server.server.port());
        String tomsForm = tom.get("/workshops/" + code).body();
        Map<String, String> tomsJoin = Map.of("pseudonym", "Tom", "_csrf", csrf(tomsForm), IdempotencyHeader.FIELD,
                formKey(tomsForm));
        List<HttpResponse<String>> clicks = IntStream.range(0, 4).parallel()
                .mapToObj(i -> tom.post("/workshops/" + code + "/join", tomsJoin)).toList();
        assertThat(clicks).extracting(HttpResponse::statusCode).containsOnly(303);
        assertThat(clicks).extracting(WorkshopPagesTest::participantCookie).containsOnly(participantCookie(clicks
                .get(0)));

        String page = lea.get("/workshops/" + code).body();
        Map<String, String> draft = Map.of("text", "Soirée jeux vendredi 18h : venez nombreux !", "workshopSubmit",
                "1", "_csrf", csrf(page), IdempotencyHeader.FIELD, formKey(page));
        assertThat(lea.post("/workshops/" + code + "/submit", draft).statusCode()).isEqualTo(303);
        assertThat(lea.post("/workshops/" + code + "/submit", draft).statusCode()).isEqualTo(303);

        JsonNode dashboard = new WorkshopClient(server.server.port()).dashboard(code,
                trainerUrl.substring(trainerUrl.indexOf('#') + 1));
        assertThat(dashboard.get("participants")).extracting(p -> p.get("pseudonym").asText())
                .containsExactly("Léa", "Tom");
        assertThat(dashboard.get("submissionCount").asInt()).isEqualTo(1);
    }

    private static String formKey(String page) {
        return find(page, "name=\"" + IdempotencyHeader.FIELD + "\" value=\"([^\"]+)\"");
    }

    private static String participantCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(ParticipantCookie.NAME + "=")).findFirst().orElseThrow().split(";")[0];
    }

    @Test
    void thePagesSpeakEnglishWhenAskedAndWorkshopsLeadToTheJoinForm() {
        PageBrowser browser = new PageBrowser(server.server.port());
        assertThat(browser.get("/workshops/new?lang=en").body()).contains("Create a workshop", "Target networks");
        assertThat(browser.get("/workshops/join").body()).contains("Join a workshop", "href=\"/workshops/new\"");
        HttpResponse<String> root = browser.get("/workshops");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).hasValue("/workshops/join");
    }

    @Test
    void formsNeedTheirCsrfTokenAndUnknownCodesAre404Pages() {
        PageBrowser browser = new PageBrowser(server.server.port());
        browser.get("/workshops/new");
        HttpResponse<String> forged = browser.post("/workshops/new", Map.of("title", "t", "networks", "x"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.post("/workshops/join", Map.of("code", "ABCDEF", "pseudonym", "x")).statusCode())
                .isEqualTo(403);

        HttpResponse<String> unknown = browser.get("/workshops/NOPE22");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.get("/workshops/NOPE22/trainer").statusCode()).isEqualTo(404);
        HttpResponse<String> wrongCode = browser.submit("/workshops/join", "/workshops/join",
                Map.of("code", "NOPE22", "pseudonym", "Léa"));
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(wrongCode.body()).contains("Aucun atelier n&#39;a ce code");

        HttpResponse<String> invalid = browser.submit("/workshops/new", "/workshops/new", Map.of("title", "",
                "timeZone", "Mars/Olympus"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("data-testid=\"errors\"", "Mars/Olympus");
        // Sentences, the one quoting the zone as it was typed included.
        assertThat(errors(invalid.body())).hasSize(3).allSatisfy(error -> assertThat(error)
                .matches("(&quot;)?\\p{Lu}.*"));
    }

    /** The workshop form offers the editor's list of zones, and still takes any IANA zone sent to it. */
    @Test
    void theTimeZoneIsChosenFromTheEditorsList() {
        PageBrowser trainer = new PageBrowser(server.server.port());
        String form = trainer.get("/workshops/new").body();
        assertThat(form).contains("<select id=\"ws-zone\"");
        String zones = form.substring(form.indexOf("<select id=\"ws-zone\""), form.indexOf("</select>",
                form.indexOf("<select id=\"ws-zone\"")));
        assertThat(zones).contains("name=\"timeZone\"", "<option value=\"Europe/Paris\" selected",
                "<option value=\"America/Montreal\"", "<option value=\"Indian/Reunion\"");
        assertThat(form).doesNotContain("name=\"timeZone\" type=\"text\"");

        HttpResponse<String> created = trainer.submit("/workshops/new", "/workshops/new", Map.of("title", "Atelier",
                "networks", "x", "audience", "general", "timeZone", "Asia/Kolkata"));
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> refused = trainer.submit("/workshops/new", "/workshops/new", Map.of("title", "",
                "networks", "x", "timeZone", "Asia/Kolkata"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<option value=\"Asia/Kolkata\" selected");
    }

    private static List<String> errors(String page) {
        String list = page.substring(page.indexOf("data-testid=\"errors\""));
        return Pattern.compile("<li>([^<]*)</li>").matcher(list.substring(0, list.indexOf("</ul>"))).results()
                .map(m -> m.group(1).strip()).toList();
    }

    @Test
    void aParticipantCannotSubmitWithoutJoiningNorAfterTheClose() {
        WorkshopClient api = new WorkshopClient(server.server.port());
        var created = api.create();
        String code = created.get("joinCode").asText();
        PageBrowser stranger = new PageBrowser(server.server.port());
        HttpResponse<String> refused = stranger.submit("/workshops/" + code, "/workshops/" + code + "/submit",
                Map.of("text", "Bonjour", "workshopSubmit", "1"));
        assertThat(refused.statusCode()).isEqualTo(403);

        PageBrowser lea = new PageBrowser(server.server.port());
        lea.submit("/workshops/" + code, "/workshops/" + code + "/join", Map.of("pseudonym", "Léa"));
        String form = lea.get("/workshops/" + code).body();
        api.call("POST", WorkshopClient.BASE + "/" + code + "/close", null, "X-Trainer-Token",
                created.get("trainerToken").asText());
        HttpResponse<String> late = lea.post("/workshops/" + code + "/submit", Map.of("text", "Trop tard",
                "workshopSubmit", "1", "_csrf", csrf(form)));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("L&#39;atelier est clos");
        assertThat(lea.get("/workshops/" + code).body()).contains("data-testid=\"closed\"")
                .doesNotContain("data-testid=\"submit-form\"");
    }

    @Test
    void theImageAndItsAltTextAreKeptAcrossSubmittingAndScoreTheSame() {
        WorkshopClient api = new WorkshopClient(server.server.port());
        String code = api.create().get("joinCode").asText();
        PageBrowser lea = new PageBrowser(server.server.port());
        lea.submit("/workshops/" + code, "/workshops/" + code + "/join", Map.of("pseudonym", "Léa"));
        Map<String, String> draft = Map.of("text", "Soirée jeux vendredi 18h à la médiathèque : venez nombreux !",
                "mediaType", "image", "mediaAlt", "Affiche de la soirée jeux", "workshopSubmit", "1");
        assertThat(lea.submit("/workshops/" + code, "/workshops/" + code + "/submit", draft).statusCode())
                .isEqualTo(303);
        String page = lea.get("/workshops/" + code).body();
        assertThat(page).contains("name=\"mediaAlt\" value=\"Affiche de la soirée jeux\"")
                .containsPattern("<option value=\"image\"[^>]*selected");
        // The page's form sent again as it stands, as a participant pressing "submit" once more does.
        Map<String, String> again = new LinkedHashMap<>(Map.of("text", find(page,
                "(?s)name=\"text\"[^>]*>([^<]*)</textarea>"), "mediaType", "image", "mediaAlt",
                find(page, "name=\"mediaAlt\" value=\"([^\"]*)\""), "workshopSubmit", "1"));
        again.put("_csrf", csrf(page));
        assertThat(lea.post("/workshops/" + code + "/submit", again).statusCode()).isEqualTo(303);
        assertThat(latestScore(lea.get("/workshops/" + code).body())).as("the same draft, the same score")
                .isEqualTo(latestScore(page));
    }

    private static String latestScore(String page) {
        return find(page, "data-testid=\"latest-score\">[^0-9<]*(\\d+)");
    }

    @Test
    void aLateSubmitAfterTheCloseKeepsTheTypedDraftAndMediaToCopyWithOneNotice() {
        WorkshopClient api = new WorkshopClient(server.server.port());
        var created = api.create();
        String code = created.get("joinCode").asText();
        PageBrowser lea = new PageBrowser(server.server.port());
        lea.submit("/workshops/" + code, "/workshops/" + code + "/join", Map.of("pseudonym", "Léa"));
        String form = lea.get("/workshops/" + code).body();
        assertThat(lea.get("/workshops/" + code + "/status").body()).isEqualTo("{\"closed\":false}");
        api.call("POST", WorkshopClient.BASE + "/" + code + "/close", null, "X-Trainer-Token",
                created.get("trainerToken").asText());
        HttpResponse<String> status = lea.get("/workshops/" + code + "/status");
        assertThat(status.body()).isEqualTo("{\"closed\":true}");
        assertThat(status.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> late = lea.post("/workshops/" + code + "/submit", Map.of("text",
                "Mon brouillon tapé <en entier>", "mediaType", "video", "mediaAlt", "Visite de la salle",
                "workshopSubmit", "1", "_csrf", csrf(form)));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(find(late.body(), "(?s)(<textarea[^>]*data-testid=\"closed-draft\"[^>]*>[^<]*</textarea>)"))
                .contains("readonly", "Mon brouillon tapé &lt;en entier&gt;");
        assertThat(late.body()).contains("Visite de la salle", "data-testid=\"copy-draft\"");
        assertThat(Pattern.compile("(?i)>[^<]*atelier est clos").matcher(late.body()).results().count())
                .as("one notice").isEqualTo(1);
        assertThat(lea.get("/workshops/" + code).body()).contains("data-testid=\"closed-draft\"");
    }

    @Test
    void withoutJavaScriptTheEditorsOwnButtonsAnalyseWithoutSubmitting() throws Exception {
        WorkshopClient api = new WorkshopClient(server.server.port());
        var created = api.create();
        String code = created.get("joinCode").asText();
        PageBrowser lea = new PageBrowser(server.server.port());
        lea.submit("/workshops/" + code, "/workshops/" + code + "/join", Map.of("pseudonym", "Léa"));
        HttpResponse<String> analysed = lea.submit("/workshops/" + code, "/workshops/" + code + "/submit",
                Map.of("text", "Slt ! Soirée jeux vendredi à la médiathèque, venez !"));
        assertThat(analysed.statusCode()).isEqualTo(200);
        assertThat(analysed.body()).contains("data-testid=\"score\"").contains("Slt");
        HttpResponse<String> applied = lea.submit("/workshops/" + code, "/workshops/" + code + "/submit",
                Map.of("text", "Slt ! Soirée jeux vendredi à la médiathèque, venez !", "apply", "0:3:Salut"));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("Salut ! Soirée jeux vendredi");
        HttpResponse<String> dashboard = api.call("GET", WorkshopClient.BASE + "/" + code + "/dashboard", null,
                "X-Trainer-Token", created.get("trainerToken").asText());
        assertThat(dashboard.body()).contains("\"submissionCount\":0").contains("\"submissions\":0");
    }

    @Test
    void theDashboardScriptNeedsNoApiKeyButItsCsrfTokenAndTheTrainerToken() throws Exception {
        String key = "workshop-key-0123456789";
        try (TestServer keyed = TestServer.start(Map.of("RICOCHET_API_KEYS", key))) {
            WorkshopClient api = new WorkshopClient(keyed.server.port());
            var created = api.call("POST", WorkshopClient.BASE, WorkshopClient.WORKSHOP, "X-Api-Key", key);
            String code = WorkshopClient.json(created.body()).get("joinCode").asText();
            String trainer = WorkshopClient.json(created.body()).get("trainerToken").asText();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String origin = "http://127.0.0.1:" + keyed.server.port();
            String page = browser.send(HttpRequest.newBuilder(URI.create(origin + "/workshops/" + code + "/trainer"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String csrf = find(page, "name=\"csrf-token\" content=\"([^\"]+)\"");
            HttpRequest.Builder dashboard = HttpRequest.newBuilder(URI.create(origin + WorkshopClient.BASE + "/" + code
                    + "/dashboard"));
            assertThat(browser.send(dashboard.copy().header("X-CSRF-Token", csrf).header("X-Trainer-Token", trainer)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(browser.send(dashboard.copy().header("X-Trainer-Token", trainer).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("no CSRF token: a key is needed").isEqualTo(401);
            assertThat(browser.send(dashboard.copy().header("X-CSRF-Token", csrf).header("X-Trainer-Token", "x.y")
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("a token proving nothing: a key "
                    + "is needed").isEqualTo(401);
            String other = WorkshopClient.json(api.call("POST", WorkshopClient.BASE, WorkshopClient.WORKSHOP,
                    "X-Api-Key", key).body()).get("trainerToken").asText();
            assertThat(browser.send(dashboard.copy().header("X-CSRF-Token", csrf).header("X-Trainer-Token", other)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("another workshop's token")
                    .isEqualTo(401);
            assertThat(HttpClient.newHttpClient().send(dashboard.copy().header("X-CSRF-Token", csrf)
                    .header("X-Trainer-Token", trainer).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("another browser's token is no proof").isEqualTo(401);
        }
    }

    @Test
    void aCsrfTokenAndAnyTrainerHeaderOpenNoWorkshopEndpointWithoutAKey() throws Exception {
        String key = "workshop-key-0123456789";
        try (TestServer keyed = TestServer.start(Map.of("RICOCHET_API_KEYS", key))) {
            WorkshopClient api = new WorkshopClient(keyed.server.port());
            String code = WorkshopClient.json(api.call("POST", WorkshopClient.BASE, WorkshopClient.WORKSHOP,
                    "X-Api-Key", key).body()).get("joinCode").asText();
            String lea = WorkshopClient.json(api.call("POST", WorkshopClient.BASE + "/" + code + "/participants",
                    "{\"pseudonym\": \"Léa\"}", "X-Api-Key", key).body()).get("participantToken").asText();
            // What a client without a key can get: a CSRF cookie and token from any page.
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String origin = "http://127.0.0.1:" + keyed.server.port();
            String page = browser.send(HttpRequest.newBuilder(URI.create(origin + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String csrf = find(page, "name=\"csrf-token\" content=\"([^\"]+)\"");
            String base = origin + WorkshopClient.BASE + "/" + code;
            HttpRequest.Builder[] calls = {
                HttpRequest.newBuilder(URI.create(base + "/participants")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"pseudonym\": \"Mallory\"}")),
                HttpRequest.newBuilder(URI.create(base + "/submissions")).header("Content-Type", "application/json")
                        .header("X-Participant-Token", lea)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Venez jeudi\"}")),
                HttpRequest.newBuilder(URI.create(base + "/me")).header("X-Participant-Token", lea),
                HttpRequest.newBuilder(URI.create(base + "/dashboard")),
            };
            for (HttpRequest.Builder call : calls) {
                HttpRequest request = call.header("X-CSRF-Token", csrf).header("X-Trainer-Token", "anything")
                        .header("Origin", origin).build();
                assertThat(browser.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as(request.uri().toString()).isEqualTo(401);
            }
        }
    }

    /**
     * Without scripts the dashboard cannot read its token after # in the link: it says so and takes the link pasted
     * into a form for the exports; a wrong link shows the dashboard again with the error and what was pasted.
     */
    @Test
    void withoutScriptsTheDashboardSaysWhatItNeedsAndExportsFromThePastedLink() {
        WorkshopClient api = new WorkshopClient(server.server.port());
        JsonNode created = api.create();
        String code = created.get("joinCode").asText();
        api.submit(code, api.join(code, "Léa"), "Soirée jeux vendredi à la médiathèque : venez jouer !");
        String trainerUrl = created.get("trainerUrl").asText();
        PageBrowser trainer = new PageBrowser(server.server.port());
        String dashboard = "/workshops/" + code + "/trainer";
        assertThat(trainer.get(dashboard).body()).contains("<noscript>", "Ce tableau de bord a besoin de JavaScript",
                "action=\"/workshops/" + code + "/export\"");
        assertThat(new PageBrowser(server.server.port()).get(dashboard + "?lang=en").body())
                .contains("This dashboard needs JavaScript");

        HttpResponse<String> csv = trainer.submit(dashboard, "/workshops/" + code + "/export",
                Map.of("trainerLink", trainerUrl, "format", "csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ricochet-atelier-" + code + ".csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains("Léa", "Soirée jeux vendredi");
        HttpResponse<String> json = trainer.submit(dashboard, "/workshops/" + code + "/export",
                Map.of("trainerLink", created.get("trainerToken").asText(), "format", "json"));
        assertThat(json.body()).as("the token alone works too").contains("\"pseudonym\" : \"Léa\"");

        String forged = trainerUrl.substring(0, trainerUrl.length() - 3) + "xyz";
        HttpResponse<String> refused = trainer.submit(dashboard, "/workshops/" + code + "/export",
                Map.of("trainerLink", forged, "format", "csv"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-testid=\"errors\"", "Ce lien ou ce jeton n&#39;est pas valide",
                "value=\"" + forged + "\"").doesNotContain("Léa");
        assertThat(trainer.post("/workshops/" + code + "/export", Map.of("trainerLink", trainerUrl, "format", "csv"))
                .statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> format = trainer.submit(dashboard, "/workshops/" + code + "/export",
                Map.of("trainerLink", trainerUrl, "format", "pdf"));
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("csv, xlsx ou json");
    }

    static String csrf(String page) {
        return find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
