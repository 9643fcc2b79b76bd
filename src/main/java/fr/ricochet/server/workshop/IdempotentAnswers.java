package fr.ricochet.server.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import fr.ricochet.report.ReportJson;
import fr.ricochet.server.http.Json;
import fr.ricochet.workshop.Answer;
import fr.ricochet.workshop.Answered;
import fr.ricochet.workshop.IdempotencyKey;
import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.Tokens;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side of idempotency keys: the scope a key is looked up in (who sent it to which endpoint), the request's
 * canonical form, the answers as they are kept and sent. A replayed answer carries {@code Idempotent-Replayed: true}.
 */
final class IdempotentAnswers {

    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotentAnswers() {
    }

    /**
     * The key's request in its scope, empty without a key. The body is compared in canonical form (keys sorted, no
     * spacing), so a retry that only reorders or reformats it is the same request.
     */
    static Optional<IdempotentRequest> request(Optional<IdempotencyKey> key, String scope, JsonNode body) {
        return key.map(k -> IdempotentRequest.of(k, scope, canonical(body)));
    }

    /**
     * Who sent a creation or a join through the API: the API key it presented (hashed), else its address, so that
     * two clients with the same idempotency key never see each other's answer. A retry without an API key must come
     * from the same address to be recognised.
     */
    static String client(Context ctx) {
        String authorization = ctx.header("Authorization");
        String key = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : ctx.header("X-Api-Key");
        return key == null || key.isEmpty() ? "ip:" + ctx.ip() : "api-key:" + sha256(key);
    }

    /** A participant's scope: the id of the token, which the service proves before the key is looked up. */
    static String participant(String participantToken) {
        return "participant:" + Tokens.parse(participantToken).map(Tokens.Presented::ownerId).orElse("");
    }

    static Answer json(int status, Object view, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", Json.CONTENT_TYPE);
        try {
            return new Answer(status, all, ReportJson.mapper().writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + view.getClass().getSimpleName(), e);
        }
    }

    /** Sends the answer as it was first given; a replay says so. */
    static void send(Context ctx, Answered answered) {
        Answer answer = answered.answer();
        answer.headers().forEach((name, value) -> {
            if (name.equals("Content-Type")) {
                ctx.contentType(value);
            } else {
                ctx.header(name, value);
            }
        });
        markReplay(ctx, answered);
        ctx.status(answer.status()).result(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    static void markReplay(Context ctx, Answered answered) {
        if (answered.replayed()) {
            ctx.header(REPLAYED, "true");
        }
    }

    /** The answer's JSON body, for the pages, which show it as HTML or act on it (a cookie, a redirect). */
    static JsonNode body(Answered answered) {
        try {
            return ReportJson.mapper().readTree(answered.answer().body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept answer is not JSON", e);
        }
    }

    private static byte[] canonical(JsonNode body) {
        try {
            return ReportJson.mapper().writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed body always serialises", e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
