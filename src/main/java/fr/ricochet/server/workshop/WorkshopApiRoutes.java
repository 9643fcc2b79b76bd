package fr.ricochet.server.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.request.FieldError;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.Languages;
import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.ServerLimits;
import fr.ricochet.workshop.IdempotencyKey;
import fr.ricochet.workshop.JoinCodes;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workshop API under /api/v1/workshops, for a learning platform to drive a workshop. The join code in the path
 * says which workshop; a token in a header proves the right to act on it: {@code X-Trainer-Token} for the trainer,
 * {@code X-Participant-Token} for a participant ({@code Authorization} is taken by API keys). The path is checked
 * first (404), then the token (403), and a token of another workshop counts as wrong. Creating, joining and
 * submitting take an optional {@code Idempotency-Key} ({@link IdempotencyHeader}): a retry gets the first answer.
 */
final class WorkshopApiRoutes {

    static final String BASE = "/api/v1/workshops";
    static final String TRAINER_HEADER = "X-Trainer-Token";
    static final String PARTICIPANT_HEADER = "X-Participant-Token";

    private final WorkshopService service;
    private final WorkshopThrottle throttle;
    private final WorkshopLinks links;
    private final WorkshopExports exports;

    WorkshopApiRoutes(WorkshopService service, WorkshopThrottle throttle, WorkshopLinks links) {
        this.service = service;
        this.exports = new WorkshopExports(service);
        this.throttle = throttle;
        this.links = links;
    }

    void register(RoutesConfig routes) {
        // Answers hold tokens and participants' drafts: no cache may keep them.
        routes.before(BASE, ctx -> ctx.header("Cache-Control", "no-store"));
        routes.before(BASE + "/*", ctx -> ctx.header("Cache-Control", "no-store"));
        routes.post(BASE, WorkshopProblems.mapped(this::create));
        routes.get(BASE + "/{code}", WorkshopProblems.mapped(this::find));
        routes.delete(BASE + "/{code}", WorkshopProblems.mapped(this::delete));
        routes.post(BASE + "/{code}/participants", WorkshopProblems.mapped(this::join));
        routes.post(BASE + "/{code}/submissions", WorkshopProblems.mapped(this::submit));
        routes.get(BASE + "/{code}/me", WorkshopProblems.mapped(this::me));
        routes.get(BASE + "/{code}/dashboard", WorkshopProblems.mapped(this::dashboard));
        routes.get(BASE + "/{code}/submissions/compare", WorkshopProblems.mapped(this::compare));
        for (WorkshopExports.Format format : WorkshopExports.Format.values()) {
            routes.get(BASE + "/{code}/export." + format.extension(),
                    WorkshopProblems.mapped(ctx -> export(ctx, format)));
        }
        routes.post(BASE + "/{code}/close", WorkshopProblems.mapped(this::close));
    }

    private void create(Context ctx) {
        Optional<IdempotencyKey> key = IdempotencyHeader.of(ctx);
        JsonNode json = Bodies.json(ctx, ServerLimits.MAX_BODY);
        String base = links.base(ctx);
        IdempotentAnswers.send(ctx, service.create(json, IdempotentAnswers.request(key, "POST " + BASE + " "
                + IdempotentAnswers.client(ctx), json), created -> IdempotentAnswers.json(201,
                Views.Created.of(created, base), Map.of("Location", BASE + "/" + created.workshop().joinCode()))));
    }

    /** What the join code alone shows: enough to decide to join (title, brief, networks, whether it is open). */
    private void find(Context ctx) {
        Json.write(ctx, Views.WorkshopView.of(service.findByJoinCode(ctx.pathParam("code"))));
    }

    private void join(Context ctx) {
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        Optional<IdempotencyKey> key = IdempotencyHeader.of(ctx);
        JsonNode json = Bodies.json(ctx, ServerLimits.MAX_BODY);
        throttle.join(ctx);
        JsonNode pseudonym = json.get("pseudonym");
        if (!json.isObject() || pseudonym != null && !pseudonym.isTextual()) {
            throw Problems.invalid(List.of(new FieldError("pseudonym", "must be a string of 1 to 40 characters",
                    "doit être une chaîne de 1 à 40 caractères")));
        }
        String scope = "POST " + BASE + "/" + workshop.joinCode() + "/participants " + IdempotentAnswers.client(ctx);
        IdempotentAnswers.send(ctx, service.join(workshop.joinCode(), pseudonym == null ? null : pseudonym.textValue(),
                IdempotentAnswers.request(key, scope, json),
                joined -> IdempotentAnswers.json(201, Views.Joined.of(joined), Map.of())));
    }

    private void submit(Context ctx) {
        String token = participantToken(ctx);
        Optional<IdempotencyKey> key = IdempotencyHeader.of(ctx);
        JsonNode draft = Bodies.json(ctx, ServerLimits.MAX_BODY);
        Bodies.textWithinLimit(draft.isObject() ? draft.get("text") : null);
        throttle.submission(token);
        IdempotentAnswers.send(ctx, service.submit(token, draft, IdempotentAnswers.request(key,
                submissionScope(code(ctx), token), draft),
                result -> IdempotentAnswers.json(201, Views.Submitted.of(result), Map.of())));
    }

    /** Where a submission's idempotency key is looked up: the endpoint and the participant. */
    static String submissionScope(String code, String participantToken) {
        return "POST " + BASE + "/" + code + "/submissions " + IdempotentAnswers.participant(participantToken);
    }

    private void me(Context ctx) {
        Json.write(ctx, Views.Progress.of(service.progress(participantToken(ctx))));
    }

    private void dashboard(Context ctx) {
        Json.write(ctx, Views.DashboardView.of(service.dashboard(trainerToken(ctx))));
    }

    private void compare(Context ctx) {
        String token = trainerToken(ctx);
        Json.write(ctx, Views.Comparison.of(service.compare(token, submissionId(ctx, "left"),
                submissionId(ctx, "right"))));
    }

    /** Labels in ?lang=, else Accept-Language, else French; the trainer's dashboard passes its page language. */
    private void export(Context ctx, WorkshopExports.Format format) {
        exports.send(ctx, format, trainerToken(ctx), Languages.of(ctx));
    }

    private void close(Context ctx) {
        Json.write(ctx, Views.WorkshopView.of(service.close(trainerToken(ctx))));
    }

    private void delete(Context ctx) {
        service.delete(trainerToken(ctx));
        ctx.status(204);
    }

    /**
     * The trainer token, once the code is known (404 first) and the token names that workshop; the service call it
     * is then given to proves its secret.
     */
    private String trainerToken(Context ctx) {
        Workshop named = service.findByJoinCode(ctx.pathParam("code"));
        String token = ctx.header(TRAINER_HEADER);
        if (!service.namesWorkshop(token, named)) {
            throw WorkshopProblems.accessDenied();
        }
        return token;
    }

    private String participantToken(Context ctx) {
        Workshop named = service.findByJoinCode(ctx.pathParam("code"));
        String token = ctx.header(PARTICIPANT_HEADER);
        if (!service.participantWorkshop(token).id().equals(named.id())) {
            throw WorkshopProblems.accessDenied();
        }
        return token;
    }

    private static long submissionId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.invalid(List.of(new FieldError(name, "is required: the number of a submission of this "
                + "workshop", "est obligatoire : le numéro d'une soumission de cet atelier")));
    }

    /** Normalised as the service does, so links read the same whatever case the client typed. */
    static String code(Context ctx) {
        return JoinCodes.normalize(ctx.pathParam("code"));
    }
}
