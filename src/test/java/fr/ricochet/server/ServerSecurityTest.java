package fr.ricochet.server;

import static fr.ricochet.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys, the per-client rate limit and CORS, each against a server configured for it. */
class ServerSecurityTest {

    static final String KEY = "test-key-0123456789abcdef";
    static final String DRAFT = "{\"text\": \"Bonjour à tous, venez nombreux jeudi à la médiathèque !\"}";

    @Test
    void withKeysConfiguredApiRequestsNeedAValidKey() {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_API_KEYS", "other-key-0123456789abc, " + KEY))) {
            HttpResponse<String> missing = server.postJson("/api/v1/analyze", DRAFT);
            assertThat(ServerErrorsTest.problem(missing, 401).get("type").asText()).endsWith("/unauthorized");
            assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(server.postJson("/api/v1/analyze", DRAFT, "Authorization", "Bearer wrong-key-0123456789ab")
                    .statusCode()).isEqualTo(401);
            assertThat(server.postForm("/v2/check", Map.of("text", "Bonjour", "language", "fr")).statusCode())
                    .isEqualTo(401);
            assertThat(server.postJson("/api/v1/analyze", DRAFT, "Authorization", "Bearer " + KEY).statusCode())
                    .isEqualTo(200);
            assertThat(server.get("/api/v1/rules", "X-Api-Key", KEY).statusCode()).isEqualTo(200);
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void keysCanComeFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("keys");
        java.nio.file.Files.writeString(file, "# CMS of the library\n" + KEY + "\n\n");
        try (TestServer server = TestServer.start(Map.of("RICOCHET_API_KEYS_FILE", file.toString()))) {
            assertThat(server.get("/api/v1/networks").statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/networks", "X-Api-Key", KEY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pastTheRateLimitRequestsGet429WithRetryAfter() {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "3"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(server.get("/api/v1/rules").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> limited = server.get("/api/v1/rules", "Accept-Language", "en");
            assertThat(ServerErrorsTest.problem(limited, 429).get("title").asText()).isEqualTo("Too many requests");
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 20));
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theRateLimitCountsPerKey() {
        String second = "second-key-0123456789abc";
        try (TestServer server = TestServer.start(Map.of("RICOCHET_API_KEYS", KEY + "," + second,
                "RICOCHET_RATE_LIMIT_PER_MINUTE", "1"))) {
            assertThat(server.get("/api/v1/rules", "X-Api-Key", KEY).statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v1/rules", "X-Api-Key", KEY).statusCode()).isEqualTo(429);
            assertThat(server.get("/api/v1/rules", "X-Api-Key", second).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void corsPreflightIsAnsweredForAllowedOriginsOnly() {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_CORS_ORIGINS", "https://cms.example.org",
                "RICOCHET_API_KEYS", KEY))) {
            HttpResponse<String> preflight = server.send(server.request("/api/v1/analyze",
                    "Origin", "https://cms.example.org", "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "content-type,x-api-key")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.statusCode()).isBetween(200, 204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://cms.example.org");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
                    .containsIgnoringCase("POST");
            assertThat(preflight.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(preflight.headers().allValues("Vary")).contains("Origin");
            HttpResponse<String> actual = server.postJson("/api/v1/analyze", DRAFT, "Origin",
                    "https://cms.example.org", "X-Api-Key", KEY);
            assertThat(actual.statusCode()).isEqualTo(200);
            assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://cms.example.org");
            HttpResponse<String> stranger = server.postJson("/api/v1/analyze", DRAFT, "Origin",
                    "https://evil.example.com", "X-Api-Key", KEY);
            assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void withCorsConfiguredTheEditorStillWorksFromItsOwnOriginAndStrangersGetPlainAnswers() {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_CORS_ORIGINS", "https://cms.example.org"))) {
            String own = "http://127.0.0.1:" + server.server.port();
            // The editor's module script and its analysis send Origin: the server's own, which is not listed.
            HttpResponse<String> script = server.get("/static/js/editor.js", "Origin", own);
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.body()).contains("X-CSRF-Token");
            assertThat(script.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
            HttpResponse<String> page = server.get("/", "Origin", own);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(String.join(",", page.headers().allValues("Vary"))).contains("Origin").contains("Cookie");
            HttpResponse<String> analysis = server.postJson("/api/v1/analyze", DRAFT, "Origin", own);
            assertThat(analysis.statusCode()).isEqualTo(200);
            assertThat(json(analysis).get("score").isInt()).isTrue();
            assertThat(analysis.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            for (String stranger : new String[] {own, "https://evil.example.com", "null"}) {
                HttpResponse<String> health = server.get("/health", "Origin", stranger);
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
                assertThat(health.headers().allValues("Vary")).contains("Origin");
                HttpResponse<String> preflight = server.send(server.request("/api/v1/analyze", "Origin", stranger,
                        "Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
                assertThat(preflight.statusCode()).isEqualTo(403);
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
            }
            HttpResponse<String> listed = server.get("/api/v1/networks", "Origin", "https://cms.example.org");
            assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://cms.example.org");
            assertThat(listed.headers().allValues("Vary")).contains("Origin");
        }
    }

    @Test
    void withoutConfiguredOriginsNoCorsHeaderIsSent() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/api/v1/rules", "Origin", "https://cms.example.org");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(json(response).get("tips")).isNotEmpty();
        }
    }
}
