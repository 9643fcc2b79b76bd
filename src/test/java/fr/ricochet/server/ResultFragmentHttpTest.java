package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.server.PageHttpTest.Visit;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result panel has one rendering: POST /editor/result (what editor.js fetches) answers exactly the panel the
 * page without JavaScript shows for the same form; and what that panel says adds up.
 */
class ResultFragmentHttpTest {

    static final String ALL = "x,mastodon,bluesky,threads,linkedin,facebook,instagram";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The form as a browser posts it: repeated names (networks) in order. */
    static HttpResponse<String> post(String path, Visit visit, List<Map.Entry<String, String>> fields,
            String... headers) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(0, Map.entry("_csrf", visit.token()));
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        List<String> withCookie = new ArrayList<>(List.of(headers));
        withCookie.addAll(List.of("Cookie", visit.cookie(), "Content-Type", "application/x-www-form-urlencoded"));
        return server.send(server.request(path, withCookie.toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static List<Map.Entry<String, String>> form(String text, String networks, String... more) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("text", text)));
        for (String network : networks.split(",")) {
            fields.add(Map.entry("networks", network));
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.add(Map.entry(more[i], more[i + 1]));
        }
        return fields;
    }

    /** The panel inside a page: from its data-result-body element to the end of the section around it. */
    static String panelOf(String page) {
        int start = page.lastIndexOf("<div", page.indexOf("data-result-body"));
        int end = page.lastIndexOf("</div>", page.indexOf("</section>", start)) + "</div>".length();
        return normalise(page.substring(start, end));
    }

    static String normalise(String html) {
        return html.replaceAll("\\s+", " ").replace("> <", "><").strip();
    }

    @Test
    void theScriptsPanelIsTheHtmlOfThePageWithoutJavaScript() {
        for (String language : List.of("fr", "en")) {
            Visit visit = Visit.of(server);
            var fields = form("Slt tt le monde!!! Venez à la médiathèque #medIATheque #rentree https://exemple.fr/a",
                    ALL, "date", "2026-12-01", "time", "03:30", "timeZone", "Europe/Paris", "mediaType", "image",
                    "mediaAlt", "Affiche <b>du</b> club", "heatNetwork", "linkedin");
            HttpResponse<String> page = post("/", visit, fields, "Accept", "text/html", "Accept-Language", language);
            HttpResponse<String> panel = post("/editor/result", visit, fields, "Accept", "text/html",
                    "Accept-Language", language);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(panel.statusCode()).isEqualTo(200);
            assertThat(panel.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(panel.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(normalise(panel.body())).isEqualTo(panelOf(page.body()))
                    .contains("data-testid=\"score\"", "data-testid=\"finding\"", "Affiche &lt;b&gt;du&lt;/b&gt; club")
                    .doesNotContain("<html", "<b>du");
        }
    }

    @Test
    void aBlankDraftGetsTheEmptyPanelAndABadFieldAProblemTheScriptCanRead() {
        Visit visit = Visit.of(server);
        String empty = post("/editor/result", visit, form(" ", "x"), "Accept", "text/html").body();
        assertThat(empty).contains("data-empty").doesNotContain("data-testid=\"score\"");
        HttpResponse<String> bad = post("/editor/result", visit, form("Bonjour", "x", "language", "klingon"),
                "Accept", "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(TestServer.json(bad).get("errors").get(0).get("field").asText()).isEqualTo("language");
        HttpResponse<String> forged = server.send(server.request("/editor/result", "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("text=a")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("<html");
    }

    @Test
    void theBreakdownAddsUpToTheScore() {
        Visit visit = Visit.of(server);
        for (String draft : List.of("Conférence jeudi 18h à la médiathèque. Venez nombreux ! #Médiation",
                "Slt tt le monde!!! #a #b #c #d #e #f #g #h", "Merci à toutes et à tous pour cette belle soirée.")) {
            String panel = post("/editor/result", visit, form(draft, ALL), "Accept", "text/html").body();
            int score = Integer.parseInt(first(panel, "data-testid=\"score\">(\\d+)<"));
            long tips = Pattern.compile("data-points=\"(\\d+)\"").matcher(panel).results()
                    .mapToLong(m -> Long.parseLong(m.group(1))).sum();
            assertThat(first(panel, "data-testid=\"breakdown-total\">(\\d+) ")).isEqualTo(String.valueOf(tips));
            String cap = panel.contains("breakdown-cap") ? first(panel, "data-testid=\"breakdown-cap\">−(\\d+)<") : "0";
            assertThat(tips - Long.parseLong(cap)).as(draft).isEqualTo(score);
        }
    }

    @Test
    void findingsAreOneCardPerProblemWithNetworkChipsAndTheCostliestEightFirst() {
        Visit visit = Visit.of(server);
        String panel = post("/editor/result", visit, form("Slt tt le monde!!! #tech #tech #a #b #c #d #e #f #g "
                + "#h #i #j https://exemple.fr", ALL, "date", "2026-12-01", "time", "03:30"), "Accept", "text/html")
                .body();
        List<String> cards = Pattern.compile("<li id=\"finding-\\d+\" data-testid=\"finding\"(.*?)</li>\\s*(?=<li id=|</ol>)",
                Pattern.DOTALL).matcher(panel).results().map(m -> m.group(1)).toList();
        assertThat(cards).isNotEmpty();

        // One timing card for all seven networks, naming the report's one suggested time, the one the star marks.
        List<String> timing = cards.stream().filter(c -> c.contains("heure prévue")).toList();
        assertThat(timing).hasSize(1);
        assertThat(Pattern.compile("class=\"net-tag\"").matcher(timing.get(0)).results().count()).isEqualTo(7);
        String suggested = first(panel, "data-testid=\"suggested-time\">Prochain bon créneau\u00A0: ([^(<]+)\\(");
        assertThat(timing.get(0)).contains(suggested.strip());
        assertThat(panel).contains("data-testid=\"suggested-star\"");
        // The first eight are shown, the rest behind a <details> that works without JavaScript.
        int shown = panel.contains("findings-show-all")
                ? panel.substring(0, panel.indexOf("findings-show-all")).split("data-testid=\"finding\"", -1).length - 1
                : cards.size();
        assertThat(shown).isLessThanOrEqualTo(8);
        // Each network's count says how it counts.
        assertThat(panel).contains("X\u00A0: ", "(liens = 23, emoji = 2)", "Bluesky\u00A0: ", "(graphèmes)");
    }

    @Test
    void eachFixIsOfferedOncePerCardEvenWhereTheDraftRepeatsWhatItFixes() {
        Visit visit = Visit.of(server);
        String panel = post("/editor/result", visit, form("Venez au salon #tech demain, #tech pour tous #tech #Tech",
                ALL), "Accept", "text/html").body();
        List<String> cards = Pattern.compile("data-testid=\"finding\"(.*?)</li>\\s*</ul>", Pattern.DOTALL)
                .matcher(panel).results().map(m -> m.group(1)).toList();
        assertThat(cards).isNotEmpty().anySatisfy(card -> assertThat(card).contains("Garder le mot"));
        for (String card : cards) {
            assertThat(Pattern.compile("<li><span>([^<]*)</span>").matcher(card).results().map(m -> m.group(1))
                    .toList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theHeatMapsDaysAreNamedWithoutJavaScript() {
        Visit visit = Visit.of(server);
        String page = post("/", visit, form("Venez nombreux jeudi à la médiathèque !", "x,linkedin"),
                "Accept", "text/html", "Accept-Language", "fr").body();
        assertThat(page).doesNotContain("??").contains(">lun.<", ">dim.<");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
