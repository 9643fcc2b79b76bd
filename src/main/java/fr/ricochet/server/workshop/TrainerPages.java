package fr.ricochet.server.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.server.web.EditorModel;
import fr.ricochet.value.NetworkId;
import fr.ricochet.workshop.Answered;
import fr.ricochet.workshop.IdempotencyConflict;
import fr.ricochet.workshop.IdempotentRequest;
import fr.ricochet.workshop.Workshop;
import fr.ricochet.workshop.WorkshopException;
import fr.ricochet.workshop.WorkshopService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trainer's pages: the creation form, the page shown once after creating (code, links, QR code), the projector
 * view for the room, and the dashboard's frame, which its script fills from the JSON API with the token of the
 * link's {@code #} part; without scripts, the dashboard's exports go through a form where the link is pasted.
 */
final class TrainerPages {

    private static final String PREFIX = WorkshopPageSupport.PREFIX;
    private static final List<String> AUDIENCES = List.of("general", "b2b", "b2c");

    private final WorkshopService service;
    private final RuleBook rules;
    private final WorkshopPageSupport support;
    private final WorkshopLinks links;
    private final WorkshopExports exports;

    TrainerPages(WorkshopService service, RuleBook rules, WorkshopPageSupport support, WorkshopLinks links) {
        this.service = service;
        this.exports = new WorkshopExports(service);
        this.rules = rules;
        this.support = support;
        this.links = links;
    }

    /** Registered before the participants' pages: Javalin takes the first route that matches a path. */
    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/new", ctx -> sendNewForm(ctx, 200, TrainerViews.NewWorkshopValues.EMPTY, List.of()));
        routes.post(PREFIX + "/new", WorkshopProblems.mapped(this::create));
        routes.get(PREFIX + "/{code}/trainer", WorkshopProblems.mapped(this::dashboard));
        routes.get(PREFIX + "/{code}/projector", WorkshopProblems.mapped(this::projector));
        routes.post(PREFIX + "/{code}/export", WorkshopProblems.mapped(this::export));
    }

    private void create(Context ctx) throws Exception {
        support.readForm(ctx);
        String language = support.language(ctx);
        TrainerViews.NewWorkshopValues values = TrainerViews.NewWorkshopValues.of(ctx);
        try {
            ObjectNode json = request(ctx, values);
            String base = links.base(ctx);
            Optional<IdempotentRequest> key = IdempotentAnswers.request(IdempotencyHeader.ofForm(ctx),
                    "POST " + PREFIX + "/new " + WorkshopPageSupport.browser(ctx), json);
            Answered answered = WorkshopPageSupport.settled(() -> service.create(json, key,
                    created -> IdempotentAnswers.json(201, Views.Created.of(created, base), Map.of())));
            JsonNode shown = IdempotentAnswers.body(answered);
            Workshop workshop = service.findByJoinCode(shown.get("joinCode").textValue());
            IdempotentAnswers.markReplay(ctx, answered);
            String joinUrl = shown.get("joinUrl").textValue();
            support.send(ctx, answered.answer().status(), "workshop-created", support.heading(workshop, language),
                    new TrainerViews.CreatedPage(shown.get("trainerUrl").textValue(), joinUrl,
                            base + WorkshopLinks.projectorPage(workshop.joinCode(),
                                    shown.get("trainerToken").textValue()), QrCode.of(joinUrl)), List.of());
        } catch (InvalidRequestException e) {
            sendNewForm(ctx, 400, values, WorkshopPageSupport.messages(e.errors(), language));
        } catch (IdempotencyConflict e) {
            sendNewForm(ctx, WorkshopProblems.of(e).status(), values, List.of(e.message().in(language)));
        }
    }

    /** The API's request for the form's values: blank fields left out, the planned time read in the zone. */
    private static ObjectNode request(Context ctx, TrainerViews.NewWorkshopValues values) {
        ObjectNode json = ReportJson.mapper().createObjectNode();
        putText(json, "title", values.title());
        putText(json, "brief", values.brief());
        putText(json, "startingPost", values.startingPost());
        values.networks().forEach(json.putArray("networks")::add);
        putText(json, "audience", ctx.formParam("audience"));
        String zone = WorkshopPageSupport.blankToNull(ctx.formParam("timeZone"));
        putText(json, "timeZone", zone);
        String planned = WorkshopPageSupport.blankToNull(values.plannedAt());
        if (planned != null) {
            // A datetime-local field has no offset: it is read in the audience's zone, as the trainer means it.
            try {
                json.put("plannedAt", LocalDateTime.parse(planned).atZone(ZoneId.of(zone == null ? "Europe/Paris"
                        : zone)).toOffsetDateTime().toString());
            } catch (DateTimeException e) {
                throw new InvalidRequestException(List.of(new FieldError("plannedAt", "is not a date and time",
                        "n'est pas une date et une heure")));
            }
        }
        return json;
    }

    private void sendNewForm(Context ctx, int status, TrainerViews.NewWorkshopValues values, List<String> errors) {
        List<String> chosen = values.networks();
        List<PageViews.Choice> networks = rules.networkIds().stream().sorted().map(NetworkId::value)
                .map(id -> new PageViews.Choice(id, support.editor().networkName(id), chosen.contains(id))).toList();
        List<PageViews.Choice> audiences = AUDIENCES.stream()
                .map(a -> new PageViews.Choice(a, a, a.equals(values.audience()))).toList();
        support.send(ctx, status, "workshop-new", null, new TrainerViews.NewWorkshopPage(values, networks, audiences,
                EditorModel.zones(values.timeZone())), errors);
    }

    /** The dashboard's frame; its script reads the token from the link's # part and fills it from the API. */
    private void dashboard(Context ctx) throws JsonProcessingException {
        sendDashboard(ctx, 200, service.findByJoinCode(ctx.pathParam("code")), "", List.of());
    }

    private void sendDashboard(Context ctx, int status, Workshop workshop, String typedLink, List<String> errors)
            throws JsonProcessingException {
        String language = support.language(ctx);
        Map<String, String> titles = new LinkedHashMap<>();
        for (TipSpec tip : rules.tips()) {
            titles.put(tip.id(), tip.title().in(language));
        }
        List<String> trainerSet = rules.tips().stream().map(TipSpec::id).filter(service::trainerSet).toList();
        support.send(ctx, status, "workshop-trainer", support.heading(workshop, language),
                new TrainerViews.DashboardPage(ReportJson.mapper().writeValueAsString(titles),
                        ReportJson.mapper().writeValueAsString(trainerSet), typedLink), errors);
    }

    /**
     * The exports without scripts: the dashboard cannot read its token from the link's # part then, so the trainer
     * pastes the link (or the token alone) into a form. A wrong one shows the dashboard again with the error and
     * what was pasted.
     */
    private void export(Context ctx) throws Exception {
        support.readForm(ctx);
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        String typed = ctx.formParam("trainerLink") == null ? "" : ctx.formParam("trainerLink");
        String token = typed.substring(typed.indexOf('#') + 1).strip();
        String language = support.language(ctx);
        try {
            WorkshopExports.Format format = WorkshopExports.Format.of(ctx.formParam("format"));
            if (!service.namesWorkshop(token, workshop)) {
                throw new WorkshopException(WorkshopException.Reason.ACCESS_DENIED);
            }
            exports.send(ctx, format, token, language);
        } catch (InvalidRequestException e) {
            sendDashboard(ctx, 400, workshop, typed, WorkshopPageSupport.messages(e.errors(), language));
        } catch (WorkshopException e) {
            sendDashboard(ctx, WorkshopProblems.of(e).status(), workshop, typed, List.of(e.message(language)));
        }
    }

    /** The view to project in the room; anyone with the code may see it, the live counts need the token. */
    private void projector(Context ctx) {
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        String joinUrl = links.base(ctx) + WorkshopLinks.joinPage(workshop.joinCode());
        support.send(ctx, 200, "workshop-projector", support.heading(workshop, support.language(ctx)),
                new TrainerViews.ProjectorPage(joinUrl, QrCode.of(joinUrl)), List.of());
    }

    private static void putText(ObjectNode json, String field, String value) {
        String text = WorkshopPageSupport.blankToNull(value);
        if (text != null) {
            json.put(field, text);
        }
    }
}
