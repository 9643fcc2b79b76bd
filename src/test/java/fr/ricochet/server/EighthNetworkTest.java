package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.cli.Main;
import fr.ricochet.engine.Advisor;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.testing.Ids;
import fr.ricochet.testing.ProjectRules;
import fr.ricochet.value.NetworkId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network is one file: an eighth one, written in a copy of the rules with a counting method Ricochet already has,
 * is analysed through the API, allowed by the OpenAPI document, offered and shown by the page, and checked from the
 * command line, with no code naming it.
 */
class EighthNetworkTest {

    /** A test network counted as Mastodon counts, with a limit of its own. */
    static final String PIXELFED = """
            id: pixelfed
            name: Pixelfed
            order: 8
            counting: mastodon
            limit: 2000
            lengthSweetSpot: {}
            hashtags:
              sweetSpot: {}
            emoji: {}
            media: {max: 10, altTextLimit: 1500, required: true}
            links: {clickable: false}
            windowsNote:
              fr: "Aucune étude sur Pixelfed : créneaux indicatifs."
              en: "No study covers Pixelfed: windows as a rough guide."
            windows:
              general:
                - {days: [sat, sun], from: "10:00", to: "18:00", source: "test"}
            """;
    static final String DRAFT = "Sortie photo samedi au parc, rendez-vous à 10 h ! "
            + "https://exemple.fr/un/lien/bien/plus/long/que/vingt-trois/caracteres";

    @TempDir
    static Path directory;
    static RuleBook rules;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        ProjectRules.copyTo(directory);
        Files.writeString(directory.resolve("networks/pixelfed.yaml"), PIXELFED);
        rules = RulesLoader.load(directory);
        server = TestServer.start(Map.of(), Advisor.create(rules));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theApiAnalysesTheDraftOnItCountedByItsMethodWithinItsOwnLimit() {
        HttpResponse<String> answer = server.postJson("/api/v1/analyze",
                "{\"text\": \"" + DRAFT + "\", \"networks\": [\"pixelfed\", \"mastodon\"]}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode networks = json(answer).get("networks");
        assertThat(networks.get(0).get("network").asText()).isEqualTo("pixelfed");
        assertThat(networks.get(0).get("limit").asInt()).isEqualTo(2000);
        assertThat(networks.get(0).get("withinLimit").asBoolean()).isTrue();
        // the link counts 23, as on Mastodon, whose method it names
        int beforeTheLink = DRAFT.indexOf("https://");
        assertThat(networks.get(0).get("length").asInt()).isEqualTo(beforeTheLink + 23)
                .isEqualTo(networks.get(1).get("length").asInt());
        assertThat(networks.get(1).get("limit").asInt()).isEqualTo(500);
    }

    @Test
    void anUnknownNetworkIsStillA400NamingTheFieldAndEveryAllowedNetworkWithTheNewOne() {
        HttpResponse<String> answer = server.postJson("/api/v1/analyze",
                "{\"text\": \"Bonjour\", \"networks\": [\"pixelfed\", \"myspace\"]}");
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = json(answer).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("networks[1]");
        assertThat(error.get("message").asText()).contains("myspace")
                .contains(String.join(", ", Ids.values(new java.util.TreeSet<>(rules.networkIds()))));
        assertThat(rules.networkIds()).hasSize(8).contains(NetworkId.of("pixelfed"));
    }

    @Test
    void theOpenApiDocumentAllowsItAndTheKindsOfTheRules() {
        JsonNode schemas = json(server.get("/api/v1/openapi.json")).get("components").get("schemas");
        List<String> expected = Ids.values(rules.networkIds());
        assertThat(expected).endsWith("pixelfed");
        for (String schema : List.of("AnalysisRequest", "WorkshopRequest")) {
            assertThat(strings(schemas.get(schema).get("properties").get("networks").get("items").get("enum")))
                    .as(schema).isEqualTo(expected);
        }
        List<String> kinds = new ArrayList<>(List.of("auto"));
        kinds.addAll(rules.kinds().ids());
        assertThat(strings(schemas.get("AnalysisRequest").get("properties").get("kind").get("enum"))).isEqualTo(kinds);
        assertThat(server.get("/api/v1/openapi.json").body()).doesNotContain(OpenApiDocument.ENUM_MARKER);
    }

    @Test
    void theNetworksCatalogListsIt() {
        JsonNode networks = json(server.get("/api/v1/networks")).get("networks");
        assertThat(networks.get(networks.size() - 1).get("id").asText()).isEqualTo("pixelfed");
    }

    @Test
    void thePageOffersItLastAndShowsTheDraftOnIt() {
        HttpResponse<String> home = server.get("/", "Accept", PageHttpTest.HTML);
        List<String> offered = Pattern.compile("name=\"networks\" value=\"([a-z0-9-]+)\"").matcher(home.body())
                .results().map(match -> match.group(1)).toList();
        assertThat(offered).isEqualTo(Ids.values(rules.networkIds()));
        assertThat(home.body()).contains(">Pixelfed</span>");

        PageHttpTest.Visit visit = PageHttpTest.Visit.of(server);
        HttpResponse<String> page = PageHttpTest.post(server, Map.of("_csrf", visit.token(), "text", DRAFT,
                "networks", "pixelfed"), "Accept", PageHttpTest.HTML, "Cookie", visit.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher preview = Pattern.compile("<article class=\"preview[^\"]*net-pixelfed[^>]*>").matcher(page.body());
        assertThat(preview.find()).as("a preview card for Pixelfed").isTrue();
        assertThat(page.body().substring(preview.start())).contains((DRAFT.indexOf("https://") + 23) + " / 2");
    }

    @Test
    void theCommandLineChecksItWithItsRulesDirectory() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                "check", "--rules", directory.toString(), "--network", "pixelfed", "--json", DRAFT);
        assertThat(code).as(err.toString()).isZero();
        JsonNode network = fr.ricochet.report.ReportJson.mapper().readTree(out.toString()).get("networks").get(0);
        assertThat(network.get("network").asText()).isEqualTo("pixelfed");
        assertThat(network.get("limit").asInt()).isEqualTo(2000);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
