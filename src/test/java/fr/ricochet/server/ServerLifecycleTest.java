package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What happens around requests: the access log, and stopping with requests in flight. */
class ServerLifecycleTest {

    static final String SECRET_DRAFT = "Brouillon confidentiel : fusion avec Acme annoncée lundi #Secret";

    @Test
    void theAccessLogHasMethodPathStatusAndDurationButNeverTheDraft() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (TestServer server = TestServer.start()) {
            // slf4j-simple writes to whatever System.err is at the time of each log line.
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(server.postJson("/api/v1/analyze", "{\"text\": \"" + SECRET_DRAFT + "\"}").statusCode())
                    .isEqualTo(200);
            assertThat(server.postJson("/api/v1/analyze", "{\"text\": \"" + SECRET_DRAFT + "\", \"audience\": 3}")
                    .statusCode()).isEqualTo(400);
            assertThat(server.postForm("/v2/check", java.util.Map.of("text", SECRET_DRAFT, "language", "fr"))
                    .statusCode()).isEqualTo(200);
            // A GET carries the draft in its query string, which the access log leaves out too.
            assertThat(server.get("/v2/check?language=fr&text=" + java.net.URLEncoder.encode(SECRET_DRAFT,
                    StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).containsPattern("POST /api/v1/analyze 200 [0-9.]+ms")
                .containsPattern("POST /api/v1/analyze 400 [0-9.]+ms")
                .containsPattern("POST /v2/check 200 [0-9.]+ms")
                .containsPattern("GET /v2/check 200 [0-9.]+ms")
                .doesNotContain("confidentiel").doesNotContain("Acme").doesNotContain("Secret");
    }

    @Test
    void stoppingLetsInFlightRequestsFinishAndRefusesNewOnes() throws Exception {
        TestServer server = TestServer.start();
        String draft = "{\"text\": \"" + "Venez nombreux à la médiathèque jeudi soir, entrée libre ! ".repeat(10) + "\"}";
        String batch = "{\"requests\": [" + (draft + ",").repeat(19) + draft + "]}";
        CompletableFuture<HttpResponse<String>> inFlight =
                CompletableFuture.supplyAsync(() -> server.postJson("/api/v1/analyze/batch", batch));
        // Stop once the batch is being analysed: the analysis pool then has work in hand.
        while (!inFlight.isDone() && !server.server.busy()) {
            Thread.sleep(1);
        }
        java.net.URI health = server.uri("/health");
        server.close();
        HttpResponse<String> finished = inFlight.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(finished).get("results")).hasSize(20);
        assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void aClientThatStopsSendingIsDisconnectedAfterTheIdleTimeout() throws Exception {
        try (TestServer server = TestServer.start(java.util.Map.of("RICOCHET_IDLE_TIMEOUT_MS", "300"));
             java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(20_000); // far above the idle timeout: only a server that never gives up fails
            socket.getOutputStream().write(("POST /api/v1/analyze HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"text\": \"Bonj")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The server answers (an error) and/or closes; either way the stream ends instead of hanging.
            byte[] rest = socket.getInputStream().readAllBytes();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(new String(rest, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 408")
                    .contains("application/problem+json").contains("/problems/request-timeout").doesNotContain("Bonj");
        }
    }
}
