package fr.ricochet.server;

import fr.ricochet.measure.Grammar;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.server.http.Json;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * GET /health: 200 once the rules and models are loaded, which is before the server listens at all. Spelling and
 * grammar load in the background after that: {@code grammar} says {@code loading}, then {@code ready} (or
 * {@code off}); until ready, drafts are analysed without it and their reports say so.
 */
final class Health {

    record Status(String status, String version, List<String> languages, int tips,
            List<fr.ricochet.value.NetworkId> networks, String grammar) {
    }

    private final String version;
    private final RuleBook rules;
    private final Supplier<Grammar.State> grammar;

    Health(String version, RuleBook rules, Supplier<Grammar.State> grammar) {
        this.version = version;
        this.rules = rules;
        this.grammar = grammar;
    }

    void answer(Context ctx) {
        Json.write(ctx, new Status("ok", version, List.of("fr", "en"), rules.tips().size(),
                List.copyOf(rules.networkIds()), grammar.get().name().toLowerCase(Locale.ROOT)));
    }
}
