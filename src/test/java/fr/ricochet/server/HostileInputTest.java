package fr.ricochet.server;

import static fr.ricochet.server.ServerErrorsTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies a hostile or broken client sends: lenient JSON, bodies that end early. Each is a clear 400. */
class HostileInputTest {

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
    void trailingTokensAfterTheValueAre400InBothLanguages() {
        for (String body : new String[] {"{\"text\":\"a\"}xyz", "{\"text\":\"a\"}{\"text\":\"b\"}",
                "{\"text\":\"a\"} 1"}) {
            JsonNode english = problem(server.postJson("/api/v1/analyze", body, "Accept-Language", "en"), 400);
            assertThat(english.get("type").asText()).endsWith("/malformed-json");
            assertThat(english.get("detail").asText()).contains("more after the JSON value");
            JsonNode french = problem(server.postJson("/api/v1/analyze", body), 400);
            assertThat(french.get("detail").asText()).contains("autre chose après la valeur JSON");
        }
        JsonNode batch = problem(server.postJson("/api/v1/analyze/batch",
                "{\"requests\":[{\"text\":\"a\"}]}]", "Accept-Language", "en"), 400);
        assertThat(batch.get("type").asText()).endsWith("/malformed-json");
    }

    @Test
    void aKeyGivenTwiceIs400NamingTheKey() {
        JsonNode english = problem(server.postJson("/api/v1/analyze", "{\"text\":\"a\",\"text\":\"b\"}",
                "Accept-Language", "en"), 400);
        assertThat(english.get("detail").asText()).contains("\"text\"").contains("twice");
        JsonNode nested = problem(server.postJson("/api/v1/analyze/batch",
                "{\"requests\":[{\"text\":\"a\",\"networks\":[],\"networks\":[\"x\"]}]}"), 400);
        assertThat(nested.get("detail").asText()).contains("« networks »").contains("deux fois");
        JsonNode workshop = problem(server.postJson("/api/v1/workshops",
                "{\"title\":\"a\",\"title\":\"b\"}", "Accept-Language", "en"), 400);
        assertThat(workshop.get("type").asText()).endsWith("/malformed-json");
    }

    @Test
    void aBodyThatEndsEarlyIs400WithoutAnErrorLog() throws IOException {
        String answer = sendCutShort("/api/v1/analyze", "application/json", "{\"text\": \"Bonjour");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("application/problem+json").contains("ended before");
        // The editor's form post reads its body as form parameters: the same answer, an HTML page for a browser.
        assertThat(sendCutShort("/", "application/x-www-form-urlencoded", "text=Bonjour")).startsWith("HTTP/1.1 400");
        String chunked = send("POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"tex\r\nzz\r\nnot a chunk\r\n0\r\n\r\n");
        assertThat(chunked).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(server.get("/metrics").body()).doesNotContain("status=\"500\"");
    }

    @Test
    void aClientThatDropsTheConnectionMidBodyLeavesNoErrorBehind() throws Exception {
        String code = TestServer.json(server.postJson("/api/v1/workshops",
                "{\"title\": \"Atelier\", \"networks\": [\"x\"]}")).get("joinCode").asText();
        String head = "POST /api/v1/workshops/" + code + "/participants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"pseudonym\": \"Lé";
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        String recorded = "";
        try {
            try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                socket.setSoLinger(true, 0); // closing now resets the connection
            }
            // The request is counted once the server is done with it; give up (and fail) after 20 s.
            for (int i = 0; i < 400 && !recorded.contains("participants\""); i++) {
                Thread.sleep(50);
                recorded = server.get("/metrics").body().lines()
                        .filter(line -> line.startsWith("http_server_requests_seconds_count")
                                && line.contains("/participants\"")).reduce("", String::concat);
            }
        } finally {
            System.setErr(err);
        }
        assertThat(recorded).contains("participants\"").doesNotContain("status=\"500\"");
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).as(logged).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Lé");
        assertThat(logged.lines().filter(line -> line.contains("WARN")).count()).isLessThanOrEqualTo(1);
    }

    /** Sends raw bytes, returns the whole answer; checks nothing worse than a one-line warning was logged. */
    private static String send(String request) throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        String answer;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            answer = readAll(socket.getInputStream());
        } finally {
            System.setErr(err);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).as(logged).doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains("WARN")).count()).isLessThanOrEqualTo(1);
        return answer;
    }

    /** Sends headers announcing 200 bytes, a few of them, then ends the stream; checks what got logged. */
    private static String sendCutShort(String path, String type, String part) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n"
                + "Content-Length: 200\r\nConnection: close\r\nAccept-Language: en\r\n\r\n" + part;
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        String answer;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput(); // the client is done sending: the other announced bytes never come
            answer = readAll(socket.getInputStream());
        } finally {
            System.setErr(err);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Bonjour");
        assertThat(logged.lines().filter(line -> line.contains("WARN")).count()).isLessThanOrEqualTo(1);
        return answer;
    }

    @Test
    void errorsJettyRaisesItselfAreProblemJsonInUtf8WithTheSecurityHeaders() throws IOException {
        String[][] cases = {
            {"400", "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n"},
            {"414", "GET /health?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"},
            {"431", "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"},
            {"505", "GET /health HTTP/7.1\r\nHost: 127.0.0.1\r\n\r\n"},
        };
        for (String[] c : cases) {
            String answer;
            try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write(c[1].getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(answer).as(c[0]).startsWith("HTTP/1.1 " + c[0]);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertThat(head).as(answer).contains("content-type: application/problem+json; charset=utf-8")
                    .contains("content-security-policy: default-src 'self'").contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny");
            JsonNode body = ReportJson.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.get("status").asInt()).isEqualTo(Integer.parseInt(c[0]));
            assertThat(body.get("type").asText()).startsWith("https://ricochet.fr/problems/");
            assertThat(body.get("title").asText()).isNotBlank();
            assertThat(answer).doesNotContain("<html").doesNotContain("Jetty");
            if (c[0].equals("400")) {
                assertThat(body.get("title").asText()).isEqualTo("Requête mal formée"); // UTF-8, not ISO-8859-1
            }
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
