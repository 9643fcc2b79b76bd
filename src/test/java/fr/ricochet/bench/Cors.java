package fr.ricochet.bench;

import fr.ricochet.bench.FaultProbe.Server;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The CORS scenario: a server configured for one CMS origin, called from it, from itself and from elsewhere. */
final class Cors {

    private Cors() {
    }

    static void run() throws Exception {
        String cms = "https://cms.example.org";
        try (Server server = Server.start(Map.of("RICOCHET_CORS_ORIGINS", cms))) {
            String own = "http://127.0.0.1:" + server.port;
            String draft = "{\"text\": \"Bonjour\"}";
            show("the editor's module script, own origin", server.send(HttpRequest.newBuilder(
                    server.uri("/static/js/editor.js")).header("Origin", own).GET()));
            show("/health, own origin", server.send(HttpRequest.newBuilder(server.uri("/health"))
                    .header("Origin", own).GET()));
            for (String origin : new String[] {own, cms, "https://elsewhere.example"}) {
                show("POST /api/v1/analyze from " + origin, server.send(json(server, origin, draft)));
                show("preflight from " + origin, server.send(HttpRequest.newBuilder(server.uri("/api/v1/analyze"))
                        .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
            }
        }
    }

    private static HttpRequest.Builder json(Server server, String origin, String body) {
        return HttpRequest.newBuilder(server.uri("/api/v1/analyze")).header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static void show(String what, HttpResponse<String> answer) {
        System.out.printf("cors: %-58s %d, Access-Control-Allow-Origin: %s, Vary: %s%n", what, answer.statusCode(),
                answer.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)"),
                String.join(", ", answer.headers().allValues("Vary")));
    }
}
