package fr.ricochet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.BatchItem;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.Languages;
import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.ServerLimits;
import io.javalin.http.Context;
import java.util.List;

/** POST /api/v1/analyze and /api/v1/analyze/batch: the same reports as {@code check --json} and {@code --batch}. */
final class AnalyzeRoutes {

    private static final ObjectMapper MAPPER = ReportJson.mapper();

    private final Advisor advisor;
    private final Analyses analyses;
    private final AccessGuard guard;

    AnalyzeRoutes(Advisor advisor, Analyses analyses, AccessGuard guard) {
        this.advisor = advisor;
        this.analyses = analyses;
        this.guard = guard;
    }

    void analyze(Context ctx) {
        JsonNode json = Bodies.json(ctx, ServerLimits.MAX_BODY);
        AnalysisRequest request = read(json);
        // The thread goes back to Jetty while the analysis waits its turn: waiting requests hold no thread.
        ctx.future(() -> analyses.analyzeAsync(request).thenAccept(report -> Json.write(ctx, report)));
    }

    void batch(Context ctx) {
        JsonNode json = Bodies.json(ctx, ServerLimits.MAX_BATCH_BODY);
        JsonNode requests = json.get("requests");
        if (!json.isObject() || requests == null || !requests.isArray()) {
            throw Problems.invalid(List.of(new FieldError("requests",
                    "is required: a list of 1 to " + ServerLimits.MAX_BATCH + " analysis requests",
                    "est obligatoire : une liste de 1 à " + ServerLimits.MAX_BATCH + " requêtes d'analyse")));
        }
        if (requests.isEmpty() || requests.size() > ServerLimits.MAX_BATCH) {
            throw Problems.invalid(List.of(new FieldError("requests",
                    "has " + requests.size() + " items; 1 to " + ServerLimits.MAX_BATCH + " are allowed",
                    "compte " + requests.size() + " éléments ; de 1 à " + ServerLimits.MAX_BATCH + " sont permis")));
        }
        guard.chargeMore(ctx, requests.size() - 1); // the request itself paid for its first item
        String language = Languages.of(ctx);
        ObjectNode answer = MAPPER.createObjectNode();
        ArrayNode results = answer.putArray("results");
        // One task for the whole batch, on the batch lane: a batch counts against the deadline as one request,
        // and stops once past it (the client has had its 503) rather than holding a thread for the other items.
        ctx.future(() -> analyses.batchAsync(() -> {
            for (int i = 0; i < requests.size() && !Thread.currentThread().isInterrupted(); i++) {
                int index = i;
                results.add(analyses.timed(() ->
                        BatchItem.answer(advisor, requests.get(index), "index", index, language)));
            }
            return results;
        }).thenAccept(done -> Json.write(ctx, answer)));
    }

    /** Reads the request; a text over the limit is 413 (content too large), any other fault 400. */
    private AnalysisRequest read(JsonNode json) {
        Bodies.textWithinLimit(json.isObject() ? json.get("text") : null);
        try {
            return advisor.reader().read(json);
        } catch (InvalidRequestException e) {
            throw Problems.invalid(e.errors());
        }
    }
}
