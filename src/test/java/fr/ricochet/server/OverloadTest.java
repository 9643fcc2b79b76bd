package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's overload defects, each over loopback with bounded counts: bodies trickled by hundreds of
 * connections, the rate limit and a full queue decided before a body is read, batches kept off the single
 * analyses' lane and charged per item, and a burst of 256 connections answered rather than refused. Time limits
 * here only turn a hang into a failure; no test measures speed (the load script in src/test/load does).
 */
class OverloadTest {

    private static final String HEAD = "POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n";

    @Test
    void hundredsOfTricklingBodiesLeaveHealthAndAnalysesAnsweredAndEachGetsA408() throws Exception {
        // More trickling connections than Jetty has threads (250): before the gate, each pinned one.
        try (TestServer server = TestServer.start(Map.of("RICOCHET_BODY_TIMEOUT_MS", "8000"))) {
            List<Socket> trickling = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket socket = new Socket("127.0.0.1", server.server.port());
                    socket.getOutputStream().write((HEAD + "{\"text\": ").getBytes(StandardCharsets.US_ASCII));
                    trickling.add(socket);
                }
                for (Socket socket : trickling) {
                    socket.getOutputStream().write(' '); // one more byte each: they are alive, not idle
                }
                // Answered while all 300 are still sending (their deadline is 8 s away); a hang fails at 4 s.
                assertThat(server.send(server.request("/health").timeout(Duration.ofSeconds(4)).GET())
                        .statusCode()).isEqualTo(200);
                assertThat(server.send(server.request("/api/v1/analyze").timeout(Duration.ofSeconds(4))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Bonjour\"}"))).statusCode())
                        .isEqualTo(200);
                int timedOut = 0;
                for (Socket socket : trickling) {
                    socket.setSoTimeout(15_000);
                    String answer = read(socket.getInputStream());
                    if (answer.startsWith("HTTP/1.1 408") && answer.contains("application/problem+json")) {
                        timedOut++;
                    }
                }
                assertThat(timedOut).isEqualTo(300);
            } finally {
                for (Socket socket : trickling) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aSpentRateLimitIsRefusedFromTheHeadersWithoutWaitingForTheBody() throws Exception {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "2"))) {
            for (int i = 0; i < 2; i++) {
                assertThat(server.postJson("/api/v1/analyze", "{\"text\": \"Bonjour\"}").statusCode()).isEqualTo(200);
            }
            assertThat(headersOnly(server)).startsWith("HTTP/1.1 429").contains("Retry-After:");
        }
    }

    @Test
    void aFullQueueIsA503WithRetryAfterBeforeTheBodyIsRead() throws Exception {
        Map<String, String> env = Map.of("RICOCHET_ANALYSIS_THREADS", "1", "RICOCHET_QUEUED_ANALYSES", "1");
        try (TestServer server = TestServer.start(env)) {
            CountDownLatch release = new CountDownLatch(1);
            Analyses lanes = server.server.analyses();
            CompletableFuture<Boolean> running = lanes.runAsync(() -> release.await(10, TimeUnit.SECONDS));
            CompletableFuture<Boolean> waiting = lanes.runAsync(() -> release.await(10, TimeUnit.SECONDS));
            try {
                assertThat(lanes.saturated("/api/v1/analyze")).isTrue();
                assertThat(headersOnly(server)).startsWith("HTTP/1.1 503").contains("Retry-After: 1")
                        .contains("application/problem+json");
                // A batch has its own lane, still open.
                assertThat(server.postJson("/api/v1/analyze/batch", "{\"requests\": [{\"text\": \"Bonjour\"}]}")
                        .statusCode()).isEqualTo(200);
            } finally {
                release.countDown();
            }
            running.get(10, TimeUnit.SECONDS);
            waiting.get(10, TimeUnit.SECONDS);
            assertThat(server.postJson("/api/v1/analyze", "{\"text\": \"Bonjour\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void batchesFromOneClientDoNotHoldBackAnotherClientsSingleAnalysis() throws Exception {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_ANALYSIS_THREADS", "2"))) {
            String batch = heavyBatch();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<HttpResponse<String>>> batches = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    batches.add(clients.submit(() -> server.postJson("/api/v1/analyze/batch", batch)));
                }
                awaitBusy(server);
                HttpResponse<String> single = server.postJson("/api/v1/analyze", "{\"text\": \"Bonjour\"}");
                assertThat(single.statusCode()).isEqualTo(200);
                // The single analysis was answered while every batch was still in hand: it waited behind none.
                assertThat(batches).noneMatch(Future::isDone);
                for (Future<HttpResponse<String>> answer : batches) {
                    assertThat(answer.get(120, TimeUnit.SECONDS).statusCode()).isIn(200, 503);
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void aBatchCostsOneTokenPerItem() throws Exception {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "60"))) {
            HttpResponse<String> tooBig = server.postJson("/api/v1/analyze/batch", batchOf(61, "Bonjour"),
                    "Accept-Language", "en");
            assertThat(tooBig.statusCode()).isEqualTo(429);
            assertThat(tooBig.body()).contains("one request per item").contains("61 items");
            String forty = batchOf(40, "Bonjour");
            assertThat(server.postJson("/api/v1/analyze/batch", forty).statusCode()).isEqualTo(200);
            HttpResponse<String> second = server.postJson("/api/v1/analyze/batch", forty);
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            // Once refused, a batch cost nothing more: the 19 tokens left still serve single analyses.
            assertThat(server.postJson("/api/v1/analyze", "{\"text\": \"Bonjour\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBurstOf256ConnectionsIsAnsweredNotShed() throws Exception {
        try (TestServer server = TestServer.start(Map.of("RICOCHET_ANALYSIS_THREADS", "2"))) {
            ExecutorService clients = Executors.newFixedThreadPool(256);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 256; i++) {
                    answers.add(clients.submit(() -> {
                        start.await();
                        return server.postJson("/api/v1/analyze",
                                "{\"text\": \"Nouveaux horaires de la médiathèque : ouverte le dimanche ! #lecture\"}")
                                .statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).hasSize(256).containsOnly(200);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    private static void awaitBusy(TestServer server) throws InterruptedException {
        for (int i = 0; i < 400 && !server.server.busy(); i++) {
            Thread.sleep(25);
        }
        assertThat(server.server.busy()).as("the batches started").isTrue();
    }

    /** Sends the headers of a 1,000-byte body and nothing more; the answer must come from the headers alone. */
    private static String headersOnly(TestServer server) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000); // the body deadline is 10 s: an answer before it did not wait for the body
            socket.getOutputStream().write(HEAD.getBytes(StandardCharsets.US_ASCII));
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return "no answer within 5 s";
        }
    }

    private static String read(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int n = in.read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
    }

    /** 100 drafts of 5,000 characters: a batch that keeps a thread busy for a good while. */
    private static String heavyBatch() {
        String text = "Venez découvrir la médiathèque ce samedi avec @amis #lecture https://exemple.fr ! ".repeat(70);
        return batchOf(100, text.substring(0, 5000));
    }

    private static String batchOf(int items, String text) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode body = mapper.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (int i = 0; i < items; i++) {
            requests.addObject().put("text", text).putArray("networks").add("x").add("mastodon").add("linkedin");
        }
        return body.toString();
    }
}
