package fr.ricochet.server;

import fr.ricochet.rules.RuleBook;
import fr.ricochet.server.http.Json;
import io.javalin.http.Context;
import java.util.List;

/** GET /health: 200 once the rules and models are loaded, which is before the server listens at all. */
final class Health {

    record Status(String status, String version, List<String> languages, int tips,
            List<fr.ricochet.value.NetworkId> networks) {
    }

    private final Status status;

    Health(String version, RuleBook rules) {
        this.status = new Status("ok", version, List.of("fr", "en"), rules.tips().size(),
                List.copyOf(rules.networkIds()));
    }

    void answer(Context ctx) {
        Json.write(ctx, status);
    }
}
