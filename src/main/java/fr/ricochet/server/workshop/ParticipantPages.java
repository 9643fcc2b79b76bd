package fr.ricochet.server.workshop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.web.EditorForm;
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
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The participants' pages. A participant joins with the code and a pseudonym (their token then lives in an
 * HttpOnly cookie) and submits drafts through a plain form, so the page works without scripts.
 */
final class ParticipantPages {

    private static final String PREFIX = WorkshopPageSupport.PREFIX;

    private final WorkshopService service;
    private final WorkshopPageSupport support;
    private final WorkshopThrottle throttle;

    ParticipantPages(WorkshopService service, WorkshopPageSupport support, WorkshopThrottle throttle) {
        this.service = service;
        this.support = support;
        this.throttle = throttle;
    }

    /** Registered after the trainer's pages, whose fixed paths /workshops/{code} would match too. */
    void register(RoutesConfig routes) {
        routes.get(PREFIX, ctx -> ctx.redirect(PREFIX + "/join", HttpStatus.SEE_OTHER));
        routes.get(PREFIX + "/join", this::joinForm);
        routes.post(PREFIX + "/join", WorkshopProblems.mapped(ctx -> join(ctx, ctx.formParam("code"))));
        routes.get(PREFIX + "/{code}", WorkshopProblems.mapped(this::participant));
        routes.post(PREFIX + "/{code}/join", WorkshopProblems.mapped(ctx -> join(ctx, ctx.pathParam("code"))));
        routes.post(PREFIX + "/{code}/submit", WorkshopProblems.mapped(this::submit));
        routes.post(PREFIX + "/{code}/leave", WorkshopProblems.mapped(this::leave));
        routes.get(PREFIX + "/{code}/status", WorkshopProblems.mapped(this::status));
    }

    private void joinForm(Context ctx) {
        String code = ctx.queryParam("code");
        support.send(ctx, 200, "workshop-join", null,
                new ParticipantViews.JoinPage(code == null ? "" : JoinCodes.normalize(code), ""), List.of());
    }

    private void join(Context ctx, String typedCode) throws Exception {
        support.readForm(ctx);
        String language = support.language(ctx);
        String pseudonym = ctx.formParam("pseudonym");
        ParticipantViews.JoinPage page = new ParticipantViews.JoinPage(JoinCodes.normalize(typedCode),
                pseudonym == null ? "" : pseudonym);
        PageViews.Heading heading = null;
        try {
            Workshop workshop = service.findByJoinCode(typedCode);
            heading = support.heading(workshop, language);
            throttle.join(ctx);
            ObjectNode form = ReportJson.mapper().createObjectNode().put("pseudonym", pseudonym);
            Optional<IdempotentRequest> key = IdempotentAnswers.request(IdempotencyHeader.ofForm(ctx),
                    "POST " + PREFIX + "/" + workshop.joinCode() + "/join " + WorkshopPageSupport.browser(ctx), form);
            Answered answered = WorkshopPageSupport.settled(() -> service.join(workshop.joinCode(), pseudonym, key,
                    joined -> IdempotentAnswers.json(201, Views.Joined.of(joined), Map.of())));
            // A double click's second post gets the same cookie: the browser may have dropped the first answer.
            ParticipantCookie.set(ctx, workshop.joinCode(), IdempotentAnswers.body(answered).get("participantToken")
                    .textValue());
            IdempotentAnswers.markReplay(ctx, answered);
            ctx.redirect(WorkshopLinks.joinPage(workshop.joinCode()), HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            support.send(ctx, 400, "workshop-join", heading, page, WorkshopPageSupport.messages(e.errors(), language));
        } catch (WorkshopException e) {
            // A wrong code, a closed or full workshop, a pseudonym taken: said on the form, where it can be fixed.
            support.send(ctx, WorkshopProblems.of(e).status(), "workshop-join", heading, page,
                    List.of(e.message(language)));
        } catch (IdempotencyConflict e) {
            support.send(ctx, WorkshopProblems.of(e).status(), "workshop-join", heading, page,
                    List.of(e.message().in(language)));
        }
    }

    /** The participant's page once joined; the join form (with the workshop's title and brief) before. */
    private void participant(Context ctx) {
        String language = support.language(ctx);
        Workshop workshop = service.findByJoinCode(ctx.pathParam("code"));
        ParticipantProgress progress = progressOrNull(ctx, workshop);
        if (progress == null) {
            support.send(ctx, 200, "workshop-join", support.heading(workshop, language),
                    new ParticipantViews.JoinPage(workshop.joinCode(), ""), List.of());
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
        support.readForm(ctx);
        String language = support.language(ctx);
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
            IdempotentAnswers.markReplay(ctx, WorkshopPageSupport.settled(() -> service.submit(token, draft, key,
                    result -> IdempotentAnswers.json(201, Views.Submitted.of(result), Map.of()))));
            // Post/redirect/get: a reload shows the page again instead of submitting the draft twice.
            ctx.redirect(WorkshopLinks.joinPage(workshop.joinCode()) + "#latest", HttpStatus.SEE_OTHER);
        } catch (InvalidRequestException e) {
            sendParticipant(ctx, 400, progress, form, WorkshopPageSupport.messages(e.errors(), language), null);
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
        support.readForm(ctx);
        String code = JoinCodes.normalize(ctx.pathParam("code"));
        ParticipantCookie.clear(ctx, code);
        ctx.redirect(WorkshopLinks.joinPage(code), HttpStatus.SEE_OTHER);
    }

    /**
     * @param typed the form as posted, to show it again; null to start from the latest draft or the starting post
     * @param report the analysis of the typed draft when it was analysed without being submitted, else null
     */
    private void sendParticipant(Context ctx, int status, ParticipantProgress progress, EditorForm typed,
            List<String> errors, Report report) {
        String language = support.language(ctx);
        Workshop workshop = progress.workshop();
        WorkshopSettings settings = workshop.settings();
        List<Submission> submissions = progress.submissions();
        List<PageViews.SubmissionLine> lines = new ArrayList<>();
        for (int i = submissions.size() - 1; i >= 0; i--) {
            lines.add(PageViews.SubmissionLine.of(i + 1, submissions.get(i), settings.timeZone(), language,
                    service::trainerSet));
        }
        EditorForm form = editorForm(settings, typed, submissions);
        // Once closed the editor goes, but never what was typed: it stays to copy, media and alt texts with it.
        ParticipantViews.ParticipantPage page = new ParticipantViews.ParticipantPage(
                progress.participant().pseudonym(), lines, lines.isEmpty() ? null : lines.get(0),
                new ParticipantViews.ScoreBoard(progress.firstScore(), progress.bestScore(), progress.latestScore(),
                        progress.progress()),
                ProgressChart.of(submissions), form.text(), form.media(),
                PREFIX + "/" + workshop.joinCode() + "/status");
        support.send(ctx, status, "workshop-participant", support.heading(workshop, language), page, errors,
                editorModel(workshop, form, errors, report, language));
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
                settings.audience(), "auto", "");
    }

    /**
     * What the editor fragment needs, from the web pages' editor model; only the workshop's networks are offered
     * (the form hides them anyway, and they are what the submission is scored for).
     */
    private Map<String, Object> editorModel(Workshop workshop, EditorForm form, List<String> errors, Report report,
            String language) {
        Map<String, Object> model = support.editor().build(language, PREFIX + "/" + workshop.joinCode() + "/submit",
                form, report, errors);
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
}
