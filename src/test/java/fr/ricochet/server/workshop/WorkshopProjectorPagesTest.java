package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The projector view and the created-workshop page over plain HTTP: the QR codes they draw read as the join link. */
class WorkshopProjectorPagesTest {

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

    @Test
    void theProjectorShowsTheCodeAndAQrCodeOfTheJoinLinkWithoutAnyToken() {
        JsonNode created = api.create();
        String code = created.get("joinCode").asText();
        HttpResponse<String> page = api.call("GET", "/workshops/" + code.toLowerCase() + "/projector", null,
                "Accept-Language", "fr");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        String joinUrl = "http://127.0.0.1:" + server.server.port() + "/workshops/" + code;
        assertThat(WorkshopPagesTest.find(html, "data-testid=\"projector-code\">([^<]+)<"))
                .isEqualTo(code.substring(0, 3) + "-" + code.substring(3));
        assertThat(QrSvg.decode(html.substring(html.indexOf("data-testid=\"projector-qr\"") - 400)))
                .isEqualTo(joinUrl);
        assertThat(html).contains("aria-label=\"QR code du lien pour rejoindre\u00A0: " + joinUrl + "\"",
                "value=\"" + joinUrl + "\"", "data-testid=\"projector-link-copy\"",
                "data-testid=\"projector-participants\"", "data-testid=\"projector-submissions\"")
                .doesNotContain(created.get("trainerToken").asText());
        assertThat(api.call("GET", "/workshops/ZZZZZZ/projector", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCreatedPageHasTheJoinLinkToCopyItsQrCodeAndTheProjectorLinkWithTheToken() {
        PageBrowser trainer = new PageBrowser(server.server.port());
        HttpResponse<String> created = trainer.submit("/workshops/new?lang=en", "/workshops/new", java.util.Map.of(
                "title", "Library workshop", "brief", "Announce the games night", "networks", "x"));
        assertThat(created.statusCode()).isEqualTo(201);
        String html = created.body();
        String code = WorkshopPagesTest.find(html, "/workshops/([2-9A-Z]{6})/trainer#");
        String token = WorkshopPagesTest.find(html, "/trainer#([^\"]+)\"");
        String joinUrl = "http://127.0.0.1:" + server.server.port() + "/workshops/" + code;
        assertThat(html).contains("href=\"" + joinUrl.replace("/workshops/" + code, "") + "/workshops/" + code
                + "/projector#" + token + "\"", "data-testid=\"join-link-copy\"", "Copy the link");
        assertThat(QrSvg.decode(html.substring(html.indexOf("data-testid=\"join-qr\"") - 400))).isEqualTo(joinUrl);
    }
}
