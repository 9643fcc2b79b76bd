package fr.ricochet.server.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.web.Csrf;
import fr.ricochet.server.web.EditorForm;
import fr.ricochet.server.web.EditorModel;
import fr.ricochet.server.web.Pages;
import fr.ricochet.workshop.Answered;
import fr.ricochet.workshop.IdempotencyConflict;
import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.JoinCodes;
import fr.ricochet.workshop.ParticipantProgress;
import fr.ricochet.workshop.Submission;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopService;
import fr.ricochet.workshop.WorkshopSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workshop pages, rendered with the web pages' layout, language and CSRF guard. The trainer creates a workshop
 * and gets its code and private link; a participant joins with the code and a pseudonym (their token then lives in an
 * HttpOnly cookie) and submits drafts through a plain form, so the page works without scripts. Only the trainer's
 * dashboard needs a script: it reads the token from the link's {@code #} part and polls the JSON API.
 */
final class WorkshopPages {

    static final String PREFIX = "/workshops";
    /** How long a form sent twice waits for its first sending: 12 s, more than a submission's analysis takes. */
    private static final int FORM_WAIT_ROUNDS = 60;
    private static final Duration FORM_WAIT_STEP = Duration.ofMillis(200);

    private final WorkshopService service;
    private final RuleBook rules;
    private final Pages pages;
    private final WorkshopThrottle throttle;
    private final Handler rateLimit;
    private final EditorModel editor;
    private final WorkshopLinks links;

    WorkshopPages(WorkshopService service, RuleBook rules, Pages pages, WorkshopThrottle throttle, Handler rateLimit,
            EditorModel editor, WorkshopLinks links) {
        this.links = links;
        this.service = service;
        this.rules = rules;
        this.pages = pages;
        this.throttle = throttle;
        this.rateLimit = rateLimit;
        this.editor = editor;
    }

    void register(RoutesConfig routes) {
        // Fixed paths first: Javalin takes the first route that matches, and /workshops/{code} matches them too.
        routes.get(PREFIX, ctx -> ctx.redirect(PREFIX + "/join", io.javalin.http.HttpStatus.SEE_OTHER));
        routes.get(PREFIX + "/new", this::newForm);
        routes.post(PREFIX + "/new", WorkshopProblems.mapped(this::create));
        routes.get(PREFIX + "/join", this::joinForm);
        routes.post(PREFIX + "/join", WorkshopProblems.mapped(ctx -> join(ctx, ctx.formParam("code"))));
        routes.get(PREFIX + "/{code}", WorkshopProblems.mapped(this::participant));
        routes.post(PREFIX + "/{code}/join", WorkshopProblems.mapped(ctx -> join(ctx, ctx.pathParam("code"))));
        routes.post(PREFIX + "/{code}/submit", WorkshopProblems.mapped(this::submit));
        routes.post(PREFIX + "/{code}/leave", WorkshopProblems.mapped(this::leave));
        routes.get(PREFIX + "/{code}/status", WorkshopProblems.mapped(this::status));
        routes.get(PREFIX + "/{code}/trainer", WorkshopProblems.mapped(this::trainer));
    }

    // --- Trainer: create ---

    private void newForm(Context ctx) {
        sendNewForm(ctx, 200, Map.of(), List.of());
    }

    private void create(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        ObjectNode json = ReportJson.mapper().createObjectNode();
        putText(json, "title", ctx.formParam("title"));
        putText(json, "brief", ctx.formParam("brief"));
        putText(json, "startingPost", ctx.formParam("startingPost"));
        ctx.formParams("networks").forEach(json.putArray("networks")::add);
        putText(json, "audience", ctx.formParam("audience"));
        String zone = blankToNull(ctx.formParam("timeZone"));
        putText(json, "timeZone", zone);
        List<FieldError> errors = new ArrayList<>();
        String planned = blankToNull(ctx.formParam("plannedAt"));
        if (planned != null) {
            // A datetime-local field has no offset: it is read in the audience's zone, as the trainer means it.
            try {
                json.put("plannedAt", LocalDateTime.parse(planned).atZone(ZoneId.of(zone == null ? "Europe/Paris"
                        : zone)).toOffsetDateTime().toString());
            } catch (DateTimeException e) {
                errors.add(new FieldError("plannedAt", "is not a date and time", "n'est pas une date et une heure"));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            String base = links.base(ctx);
            Optional<IdempotentRequest> key = IdempotentAnswers.request(IdempotencyHeader.ofForm(ctx),
                    "POST " + PREFIX + "/new " + browser(ctx), json);
            Answered answered = settled(() -> service.create(json, key,
                    created -> IdempotentAnswers.json(201, Views.Created.of(created, base), Map.of())));
            JsonNode shown = IdempotentAnswers.body(answered);
            Workshop workshop = service.findByJoinCode(shown.get("joinCode").textValue());
            Map<String, Object> model = new HashMap<>(workshopModel(workshop, pages.language(ctx)));
            model.put("trainerUrl", shown.get("trainerUrl").textValue());
            model.put("joinUrl", shown.get("joinUrl").textValue());
            IdempotentAnswers.markReplay(ctx, answered);
            send(ctx, answered.answer().status(), "workshop-created", model);
        } catch (InvalidRequestException | IdempotencyConflict e) {
            Map<String, String> values = new HashMap<>();
            for (String field : List.of("title", "brief", "startingPost", "audience", "timeZone", "plannedAt")) {
                values.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field));
            }
            values.put("networks", String.join(",", ctx.formParams("networks")));
            if (e instanceof IdempotencyConflict conflict) {
                sendNewForm(ctx, WorkshopProblems.of(conflict).status(), values,
                        List.of(conflict.message().in(pages.language(ctx))));
            } else {
                sendNewForm(ctx, 400, values, messages(((InvalidRequestException) e).errors(), pages.language(ctx)));
            }
        }
    }

    private void sendNewForm(Context ctx, int status, Map<String, String> values, List<String> errors) {
        List<String> chosen = List.of(values.getOrDefault("networks", "x").split(","));
        List<PageViews.Choice> networks = rules.networkIds().stream().sorted().map(fr.ricochet.value.NetworkId::value)
                .map(id -> new PageViews.Choice(id, editor.networkName(id), chosen.contains(id))).toList();
        String audience = values.getOrDefault("audience", "general");
        List<PageViews.Choice> audiences = List.of("general", "b2b", "b2c").stream()
                .map(a -> new PageViews.Choice(a, a, a.equals(audience))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("networks", networks);
        model.put("audiences", audiences);
        model.put("errors", errors);
        model.put("timeZone", values.getOrDefault("timeZone", "Europe/Paris"));
        model.put("zones", EditorModel.zones(values.get("timeZone")));
        send(ctx, status, "workshop-new", model);
    }

    // --- Participant: join, write, submit ---

    private void joinForm(Context ctx) {
        String code = ctx.queryParam("code");
        Map<String, Object> model = new HashMap<>();
        model.put("code", code == null ? "" : JoinCodes.normalize(code));
        model.put("errors", List.of());
        model.put("pseudonym", "");
        send(ctx, 200, "workshop-join", model);
    }

    private void join(Context ctx, String typedCode) throws Exception {
        pages.readForm(ctx, rateLimit);
        String language = pages.language(ctx);
        String pseudonym = ctx.formParam("pseudonym");
        Map<String, Object> model = new HashMap<>();
        model.put("code", JoinCodes.normalize(typedCode));
        model.put("pseudonym", pseudonym == null ? "" : pseudonym);
        try {
            Workshop workshop = service.findByJoinCode(typedCode);
            model.putAll(workshopModel(workshop, language));
            throttle.join(ctx);
            ObjectNode form = ReportJson.mapper().createObjectNode().put("pseudonym", pseudonym);
            Optional<IdempotentRequest> key = IdempotentAnswers.request(IdempotencyHeader.ofForm(ctx),
                    "POST " + PREFIX + "/" + workshop.joinCode() + "/join " + browser(ctx), form);
            Answered answered = settled(() -> service.join(workshop.joinCode(), pseudonym, key,
                    joined -> IdempotentAnswers.json(201, Views.Joined.of(joined), Map.of())));
            // A double click's second post gets the same cookie: the browser may have dropped the first answer.
            ParticipantCookie.set(ctx, workshop.joinCode(), IdempotentAnswers.body(answered).get("participantToken")
                    .textValue());
            IdempotentAnswers.markReplay(ctx, answered);
            ctx.redirect(WorkshopLinks.joinPage(workshop.joinCode()), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            model.put("errors", messages(e.errors(), language));
            send(ctx, 400, "workshop-join", model);
        } catch (WorkshopException e) {
            // A wrong code, a closed or full workshop, a pseudonym taken: said on the form, where it can be fixed.
            model.put("errors", List.of(e.message(language)));
            send(ctx, WorkshopProblems.of(e).status(), "workshop-join", model);
        } catch (IdempotencyConflict e) {
            model.put("errors", List.of(e.message().in(language)));
            send(ctx, WorkshopProblems.of(e).status(), "workshop-join", model);
        }
    }

    /** The participant's page once joined; the join form (with the workshop's title and brief) before. */
    private void participant(Context ctx) {
        String language = pages.language(ctx);
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        ParticipantProgress progress = progressOrNull(ctx, workshop);
        if (progress == null) {
            Map<String, Object> model = new HashMap<>(workshopModel(workshop, language));
            model.put("code", workshop.joinCode());
            model.put("pseudonym", "");
            model.put("errors", List.of());
            send(ctx, 200, "workshop-join", model);
            return;
        }
        sendParticipant(ctx, 200, progress, null, List.of(), null);
    }

    /**
     * Stores the editor's draft (text and media; networks, audience and time are the workshop's) when the
     * "submit to the workshop" button was pressed. Without scripts the editor's own buttons ("analyse",
     * "apply", "use this version") post here too: those only analyse the draft, nothing is stored.
     */
    private void submit(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        String language = pages.language(ctx);
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        ParticipantProgress progress = progressOrNull(ctx, workshop);
        if (progress == null) {
            throw WorkshopProblems.accessDenied();
        }
        boolean submitting = ctx.formParam("workshopSubmit") != null;
        EditorForm form = submitting ? EditorForm.read(ctx)
                : EditorForm.read(ctx).withActions(ctx.formParam("useRewrite"), ctx.formParam("apply"));
        ObjectNode draft = ReportJson.mapper().createObjectNode();
        draft.put("text", form.text());
        ArrayNode media = draft.putArray("media");
        form.media().forEach(row -> media.addObject().put("type", row.type()).put("altText", row.alt()));
        String token = ParticipantCookie.get(ctx);
        try {
            Bodies.textWithinLimit(draft.get("text"));
            if (!submitting) {
                Report report = service.preview(token, draft);
                sendParticipant(ctx, 200, progress, form, List.of(), report);
                return;
            }
            throttle.submission(token);
            Optional<IdempotentRequest> key = IdempotentAnswers.request(IdempotencyHeader.ofForm(ctx), "POST "
                    + PREFIX + "/" + workshop.joinCode() + "/submit " + IdempotentAnswers.participant(token), draft);
            IdempotentAnswers.markReplay(ctx, settled(() -> service.submit(token, draft, key,
                    result -> IdempotentAnswers.json(201, Views.Submitted.of(result), Map.of()))));
            // Post/redirect/get: a reload shows the page again instead of submitting the draft twice.
            ctx.redirect(WorkshopLinks.joinPage(workshop.joinCode()) + "#latest", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            sendParticipant(ctx, 400, progress, form, messages(e.errors(), language), null);
        } catch (ProblemException e) {
            sendParticipant(ctx, e.status(), progress, form, List.of(e.detail().in(language)), null);
        } catch (WorkshopException e) {
            sendParticipant(ctx, WorkshopProblems.of(e).status(), progress, form, List.of(e.message(language)), null);
        } catch (IdempotencyConflict e) {
            sendParticipant(ctx, WorkshopProblems.of(e).status(), progress, form, List.of(e.message().in(language)),
                    null);
        }
    }

    /**
     * Whether the workshop is still open, polled by the participant's page so that a close is seen within seconds
     * while a draft is being typed. Polling rather than server-sent events: servers share only their database, so
     * no server learns of a close made on another one, and one small read every few seconds per participant is
     * cheap. The join code alone opens the page that says as much, so it alone opens this.
     */
    private void status(Context ctx) {
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("closed", workshop.isClosed()));
    }

    private void leave(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        String code = JoinCodes.normalize(ctx.pathParam("code"));
        ParticipantCookie.clear(ctx, code);
        ctx.redirect(WorkshopLinks.joinPage(code), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * @param typed the form as posted, to show it again; null to start from the latest draft or the starting post
     * @param report the analysis of the typed draft when it was analysed without being submitted, else null
     */
    private void sendParticipant(Context ctx, int status, ParticipantProgress progress, EditorForm typed,
            List<String> errors, Report report) {
        String language = pages.language(ctx);
        Workshop workshop = progress.workshop();
        WorkshopSettings settings = workshop.settings();
        String zone = settings.timeZone();
        List<Submission> submissions = progress.submissions();
        List<PageViews.SubmissionLine> lines = new ArrayList<>();
        for (int i = submissions.size() - 1; i >= 0; i--) {
            lines.add(PageViews.SubmissionLine.of(i + 1, submissions.get(i), zone, language, service::trainerSet));
        }
        Map<String, Object> model = new HashMap<>(workshopModel(workshop, language));
        model.put("pseudonym", progress.participant().pseudonym());
        model.put("submissions", lines);
        model.put("latest", lines.isEmpty() ? null : lines.get(0));
        model.put("firstScore", progress.firstScore());
        model.put("bestScore", progress.bestScore());
        model.put("latestScore", progress.latestScore());
        model.put("progress", progress.progress());
        model.put("chart", ProgressChart.of(submissions));
        EditorForm form = editorForm(settings, typed, submissions);
        model.putAll(editorModel(workshop, form, errors, report, language));
        // Once closed the editor goes, but never what was typed: it stays to copy, media and alt texts with it.
        model.put("draftText", form.text());
        model.put("draftMedia", form.media());
        model.put("statusUrl", PREFIX + "/" + workshop.joinCode() + "/status");
        send(ctx, status, "workshop-participant", model);
    }

    /**
     * The editor's form set to the workshop's networks and audience, so the live analysis scores the draft as the
     * submission will be scored: without the planned time, which the trainer set and no participant is scored on
     * (see {@link WorkshopService#trainerSet}). The draft is what was typed, else the latest submission with its
     * media and alt texts, else the starting post.
     */
    private static EditorForm editorForm(WorkshopSettings settings, EditorForm typed, List<Submission> oldestFirst) {
        Submission latest = oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1);
        String text = typed != null ? typed.text() : latest != null ? latest.text()
                : settings.startingPost() == null ? "" : settings.startingPost();
        List<EditorForm.MediaRow> media = typed != null ? typed.media() : latest == null ? List.of()
                : latest.media().stream().map(m -> new EditorForm.MediaRow(m.type().id(),
                        m.altText() == null ? "" : m.altText())).toList();
        return new EditorForm(text, settings.networks(), "auto", media, "", "", settings.timeZone(),
                settings.audience(), "auto");
    }

    /**
     * What the editor fragment needs, from the web pages' {@link EditorModel}; only the workshop's networks are
     * offered (the form hides them anyway, and they are what the submission is scored for).
     */
    private Map<String, Object> editorModel(Workshop workshop, EditorForm form, List<String> errors, Report report,
            String language) {
        Map<String, Object> model = editor.build(language, "/workshops/" + workshop.joinCode() + "/submit", form,
                report, errors);
        model.put("networkOptions", workshop.settings().networks());
        return model;
    }

    private ParticipantProgress progressOrNull(Context ctx, Workshop workshop) {
        String token = ParticipantCookie.get(ctx);
        if (token == null) {
            return null;
        }
        try {
            ParticipantProgress progress = service.progress(token);
            return progress.workshop().id().equals(workshop.id()) ? progress : null;
        } catch (WorkshopException e) {
            return null; // a stale cookie (workshop deleted, database reset) simply leads to the join form
        }
    }

    // --- Trainer: dashboard ---

    /** The dashboard's frame; its script reads the token from the link's # part and fills it from the API. */
    private void trainer(Context ctx) throws JsonProcessingException {
        String language = pages.language(ctx);
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        Map<String, String> titles = new LinkedHashMap<>();
        for (TipSpec tip : rules.tips()) {
            titles.put(tip.id(), tip.title().in(language));
        }
        Map<String, Object> model = new HashMap<>(workshopModel(workshop, language));
        model.put("tipTitles", ReportJson.mapper().writeValueAsString(titles));
        send(ctx, 200, "workshop-trainer", model);
    }

    // --- Shared ---

    private Map<String, Object> workshopModel(Workshop workshop, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", Views.WorkshopView.of(workshop));
        model.put("code", workshop.joinCode());
        model.put("displayCode", JoinCodes.display(workshop.joinCode()));
        model.put("networkList", String.join(", ", workshop.settings().networks().stream()
                .map(editor::networkName).toList()));
        model.put("plannedAt", PageViews.time(workshop.settings().plannedAt(), workshop.settings().timeZone(),
                language));
        model.put("expiresAt", PageViews.time(workshop.expiresAt(), workshop.settings().timeZone(), language));
        return model;
    }

    /** Every form gets a new idempotency key each time it is shown; sending it again then stores nothing twice. */
    private void send(Context ctx, int status, String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("formKeyField", IdempotencyHeader.FIELD);
        all.put("formKey", UUID.randomUUID().toString());
        pages.send(ctx, status, template, all);
    }

    /** The browser a page's form came from: its CSRF token, which {@link Pages#readForm} has just checked. */
    private static String browser(Context ctx) {
        return "browser:" + ctx.formParam(Csrf.FIELD);
    }

    /**
     * A double click posts a form twice at once: the second post waits for the first one's answer (a bounded wait,
     * polling the key) rather than showing a conflict, since the browser shows only the second answer.
     */
    private static Answered settled(Supplier<Answered> call) {
        for (int round = 1; ; round++) {
            try {
                return call.get();
            } catch (IdempotencyConflict e) {
                if (e.kind() != IdempotencyConflict.Kind.IN_PROGRESS || round >= FORM_WAIT_ROUNDS) {
                    throw e;
                }
                try {
                    Thread.sleep(FORM_WAIT_STEP.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static List<String> messages(List<FieldError> errors, String language) {
        return errors.stream().map(e -> e.message(language)).toList();
    }

    private static void putText(ObjectNode json, String field, String value) {
        String text = blankToNull(value);
        if (text != null) {
            json.put(field, text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
