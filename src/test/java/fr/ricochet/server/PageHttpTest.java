package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages over plain HTTP: headers, CSRF, escaping, error pages, /tips in both languages, API access. */
class PageHttpTest {

    static final String HTML = "text/html";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A browser's first visit: its CSRF cookie and the token the page carries. */
    record Visit(String cookie, String token) {
        static Visit of(TestServer server) {
            HttpResponse<String> page = server.get("/", "Accept", HTML);
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ricochet_csrf="))
                    .findFirst().orElseThrow().split(";", 2)[0];
            Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            return new Visit(cookie, token.group(1));
        }
    }

    static HttpResponse<String> post(TestServer server, Map<String, String> form, String... headers) {
        return server.postForm("/", form, headers);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAStrictPolicy() {
        for (String path : new String[] {"/", "/tips", "/static/css/ricochet.css", "/static/js/editor.js"}) {
            HttpResponse<String> page = server.get(path, "Accept", HTML);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        String page = server.get("/", "Accept", HTML).body();
        // No inline script and no inline event handler anywhere in the page.
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
        assertThat(page).doesNotContain("style=\"");
    }

    @Test
    void formPostsWithoutAValidCsrfTokenAreRefusedWithAFriendlyPage() {
        HttpResponse<String> none = post(server, Map.of("text", "Bonjour"), "Accept", HTML);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith(HTML);
        assertThat(none.body()).contains("Page expirée").doesNotContain("Exception");
        Visit visit = Visit.of(server);
        HttpResponse<String> forged = post(server, Map.of("text", "Bonjour", "_csrf", "forged"), "Accept", HTML,
                "Cookie", visit.cookie());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> otherBrowser = post(server, Map.of("text", "Bonjour", "_csrf", visit.token()),
                "Accept", HTML, "Cookie", "ricochet_csrf=someone-else-entirely-0123");
        assertThat(otherBrowser.statusCode()).isEqualTo(403);
    }

    @Test
    void theFormPostAnalysesAndEscapesTheDraft() {
        Visit visit = Visit.of(server);
        String hostile = "<script>alert(1)</script> \" onmouseover=\"alert(2)\" Venez nombreux #Médiation";
        Map<String, String> form = new HashMap<>(Map.of("_csrf", visit.token(), "text", hostile, "networks", "x",
                "language", "auto", "audience", "general", "timeZone", "Europe/Paris", "date", "2026-12-01",
                "time", "21:00"));
        HttpResponse<String> page = post(server, form, "Accept", HTML, "Cookie", visit.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"score\"", "data-testid=\"finding\"", "data-testid=\"preview\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot;alert(2)&quot;")
                .doesNotContain("<script>alert(1)</script>").doesNotContain("\" onmouseover=\"alert(2)");
        // Tuesday 21:00 is outside X's windows: the heat map marks the planned slot and the suggested one.
        assertThat(page.body()).contains("class=\"mark-planned\"", "class=\"mark-suggested\"", "Prochain bon créneau");
    }

    @Test
    void previewsFoldWhereTheNetworkCutsAndCountTheNetworksWay() {
        Visit visit = Visit.of(server);
        String longDraft = "Venez découvrir la médiathèque rénovée ce jeudi. ".repeat(6) + "Fin du texte caché.";
        Map<String, String> form = Map.of("_csrf", visit.token(), "text", longDraft, "networks", "linkedin");
        String page = post(server, form, "Accept", HTML, "Cookie", visit.cookie()).body();
        String card = page.substring(page.indexOf("data-testid=\"preview\""));
        assertThat(card).contains("… voir plus").doesNotContain("Fin du texte caché.</");
        assertThat(card).contains(longDraft.length() + " / 3");
    }

    @Test
    void aDraftOverTheLimitShowsTheThreadAsANumberedListEscaped() {
        Visit visit = Visit.of(server);
        String longDraft = "Venez découvrir la médiathèque <b>rénovée</b> ce jeudi. ".repeat(7) + "Venez nombreux !";
        Map<String, String> form = Map.of("_csrf", visit.token(), "text", longDraft, "networks", "x");
        String page = post(server, form, "Accept", HTML, "Cookie", visit.cookie()).body();
        String thread = page.substring(page.indexOf("<ol data-testid=\"thread\""), page.indexOf("</ol>",
                page.indexOf("<ol data-testid=\"thread\"")));
        assertThat(thread).contains("aria-label=\"Fil proposé, un message par case\"");
        assertThat(Pattern.compile("data-testid=\"thread-post\"").matcher(thread).results().count()).isEqualTo(2);
        assertThat(thread).contains("&lt;b&gt;rénovée&lt;/b&gt; ce jeudi. 1/2<", "Venez nombreux ! 2/2<")
                .doesNotContain("<b>");
    }

    @Test
    void aFormThatCannotBeAnalysedShowsWhyWithTheDraftKept() {
        Visit visit = Visit.of(server);
        HttpResponse<String> page = post(server, Map.of("_csrf", visit.token(), "text", "  ", "language", "klingon"),
                "Accept", HTML, "Cookie", visit.cookie());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("role=\"alert\"", "language").doesNotContain("data-testid=\"score\"");
    }

    @Test
    void formErrorsAreSentencesWithEachLanguagesColon() {
        for (String language : List.of("en", "fr")) {
            Visit visit = Visit.of(server);
            String page = post(server, Map.of("_csrf", visit.token(), "text", "Bonjour", "language", "klingon"),
                    "Accept", HTML, "Cookie", visit.cookie(), "Accept-Language", language).body();
            List<String> errors = Pattern.compile("<li>([^<]*)</li>").matcher(page.substring(page.indexOf(
                    "role=\"alert\""))).results().map(m -> m.group(1)).toList();
            assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error).matches("\\p{Lu}.*"));
            assertThat(errors.get(0)).startsWith("en".equals(language) ? "Language: " : "Language\u00A0: ");
        }
    }

    @Test
    void theResultNamesTheDraftsLanguageInThePagesLanguage() {
        Visit visit = Visit.of(server);
        Map<String, String> form = Map.of("_csrf", visit.token(), "text", "Venez nombreux samedi à la médiathèque",
                "networks", "x", "language", "fr");
        assertThat(post(server, form, "Accept", HTML, "Cookie", visit.cookie(), "Accept-Language", "fr").body())
                .contains("Langue\u00A0: français").doesNotContain("Langue\u00A0: fr<");
        assertThat(post(server, form, "Accept", HTML, "Cookie", visit.cookie(), "Accept-Language", "en").body())
                .contains("Language: French").doesNotContain("Language: fr<");
    }

    @Test
    void applyButtonsEditTheDraftWithoutJavaScript() {
        Visit visit = Visit.of(server);
        Map<String, String> form = new HashMap<>(Map.of("_csrf", visit.token(), "text", "Slt à tous!!!",
                "networks", "x", "apply", "0:3:Salut"));
        HttpResponse<String> page = post(server, form, "Accept", HTML, "Cookie", visit.cookie());
        assertThat(page.body()).contains(">Salut à tous!!!</textarea>");
        for (String tampered : new String[] {"999:3:x", "5", "1:2147483647:x", "a:b:c"}) {
            form.put("apply", tampered); // out of range or malformed: the draft stays as it was
            HttpResponse<String> again = post(server, form, "Accept", HTML, "Cookie", visit.cookie());
            assertThat(again.statusCode()).as(tampered).isEqualTo(200);
            assertThat(again.body()).contains(">Slt à tous!!!</textarea>");
        }
    }

    @Test
    void errorStatusesGetAFriendlyPageInThePageLanguage() {
        HttpResponse<String> missing = server.get("/nothing-here", "Accept", HTML, "Accept-Language", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"en\"", "Page not found", "Back to the editor");
        HttpResponse<String> manquante = server.get("/rien-ici", "Accept", HTML, "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(manquante.body()).contains("<html lang=\"fr\"", "Page introuvable");
        HttpResponse<String> wrongMethod = server.send(server.request("/tips", "Accept", HTML).DELETE());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Action impossible ici");
        Visit visit = Visit.of(server);
        HttpResponse<String> tooLong = post(server, Map.of("_csrf", visit.token(), "text", "é".repeat(10_001)),
                "Accept", HTML, "Cookie", visit.cookie());
        assertThat(tooLong.statusCode()).isEqualTo(413);
        // Nothing typed is lost: the editor comes back with the draft whole in its text area and the limit said.
        assertThat(tooLong.body()).contains("role=\"alert\"", "10\u202F001 caractères\u00A0: c&#39;est plus que les 10\u202F000 permis",
                ">" + "é".repeat(10_001) + "</textarea>").doesNotContain("Exception", "at fr.");
        // API clients keep their problem+json.
        assertThat(server.get("/nothing-here").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
    }

    @Test
    void pagesShareTheApiRateLimit() {
        try (TestServer limited = TestServer.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "2"))) {
            Visit visit = Visit.of(limited);
            Map<String, String> form = Map.of("_csrf", visit.token(), "text", "Bonjour à tous");
            post(limited, form, "Accept", HTML, "Cookie", visit.cookie());
            post(limited, form, "Accept", HTML, "Cookie", visit.cookie());
            HttpResponse<String> third = post(limited, form, "Accept", HTML, "Cookie", visit.cookie(),
                    "Accept-Language", "en");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.body()).contains("Too many requests");
        }
    }

    @Test
    void tipsAreListedWithTheirEvidenceInBothLanguages() {
        String fr = server.get("/tips", "Accept", HTML, "Accept-Language", "fr").body();
        assertThat(fr).contains("<html lang=\"fr\"", "Les conseils de Ricochet", "Des hashtags, mais peu",
                "Source\u00A0: Buddy Media", "Ce que disent les études");
        assertThat(fr.split("data-testid=\"tip\"", -1)).hasSize(TestServer.ADVISOR.rules().tips().size() + 1);
        String en = server.get("/tips?lang=en", "Accept", HTML).body();
        assertThat(en).contains("<html lang=\"en\"", "Ricochet&#39;s tips", "What the studies say", "Source: Buddy Media");
    }

    @Test
    void theLanguageChoiceIsRememberedInACookie() {
        HttpResponse<String> switched = server.get("/?lang=en", "Accept", HTML, "Accept-Language", "fr");
        String cookie = switched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ricochet_lang="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("ricochet_lang=en", "Max-Age=");
        HttpResponse<String> later = server.get("/tips", "Accept", HTML, "Accept-Language", "fr",
                "Cookie", cookie.split(";", 2)[0]);
        assertThat(later.body()).contains("<html lang=\"en\"");
    }

    @Test
    void withApiKeysThePagesScriptsStillAnalyseWithTheirCsrfToken() {
        try (TestServer keyed = TestServer.start(Map.of("RICOCHET_API_KEYS", "key-0123456789abcdefghij"))) {
            Visit visit = Visit.of(keyed);
            String draft = "{\"text\": \"Venez nombreux jeudi à la médiathèque !\"}";
            assertThat(keyed.postJson("/api/v1/analyze", draft).statusCode()).isEqualTo(401);
            assertThat(keyed.postJson("/api/v1/analyze", draft, "X-CSRF-Token", visit.token()).statusCode())
                    .isEqualTo(401); // a token without its cookie is worth nothing
            HttpResponse<String> page = keyed.postJson("/api/v1/analyze", draft, "X-CSRF-Token", visit.token(),
                    "Cookie", visit.cookie());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(TestServer.json(page).get("score").isInt()).isTrue();
            assertThat(keyed.postJson("/api/v1/analyze/batch", "{\"requests\": [" + draft + "]}", "X-CSRF-Token",
                    visit.token(), "Cookie", visit.cookie()).statusCode()).isEqualTo(401);
        }
    }
}
