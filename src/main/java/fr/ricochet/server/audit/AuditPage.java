package fr.ricochet.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.web.Csrf;
import fr.ricochet.server.web.EditorConfig;
import fr.ricochet.server.web.Messages;
import fr.ricochet.server.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /audit shows the upload form; POST /audit (the form without JavaScript) audits the archive and answers the
 * same page with the result below the form. POST {@value #RESULT_PATH} takes the same form from audit.js, which
 * shows the upload's progress, and answers the result fragment alone; its errors are problem+json for the script.
 */
final class AuditPage {

    static final String PATH = "/audit";
    static final String RESULT_PATH = "/audit/result";
    /** The texts audit.js writes by itself. */
    private static final String SCRIPT_TEXTS = "audit.js.";

    private final AuditUploads uploads;
    private final Pages pages;
    private final Handler rateLimit;

    AuditPage(AuditUploads uploads, Pages pages, Handler rateLimit) {
        this.uploads = uploads;
        this.pages = pages;
        this.rateLimit = rateLimit;
    }

    void show(Context ctx) {
        pages.send(ctx, 200, "audit", model(ctx, AuditUploads.DEFAULT_ZONE, null, List.of()));
    }

    void submit(Context ctx) throws Exception {
        String language = pages.language(ctx);
        // The zone the person chose, shown again with a refusal: a file input cannot be refilled, the rest is kept.
        String[] zone = {AuditUploads.DEFAULT_ZONE};
        try {
            AuditReport report = uploads.inLane(() -> {
                AuditUploads.Form form = checkedForm(ctx);
                zone[0] = keptZone(form.field("tz"));
                return uploads.audit(form, zoneOf(form), language);
            });
            pages.send(ctx, 200, "audit", model(ctx, report.account().timeZone(), AuditView.of(report, language,
                    false), List.of()));
        } catch (ProblemException problem) {
            if (problem.status() == 403) {
                throw problem; // a forged or expired form gets the pages' usual answer
            }
            problem.headers().forEach(ctx::header);
            String error = Messages.get(language, "audit.error", problem.title().in(language),
                    problem.detail().in(language));
            List<String> errors = problem.errors().isEmpty() ? List.of(error)
                    : problem.errors().stream().map(e -> Messages.get(language, "editor.fieldError", e.field(),
                            e.message(language))).toList();
            pages.send(ctx, problem.status(), "audit", model(ctx, zone[0], null, errors));
        }
    }

    void result(Context ctx) {
        String language = pages.language(ctx);
        AuditReport report = uploads.inLane(() -> {
            AuditUploads.Form form = checkedForm(ctx);
            return uploads.audit(form, zoneOf(form), language);
        });
        pages.sendFragment(ctx, "audit-result", "result", Map.of("view", AuditView.of(report, language, false)));
    }

    /** The form once its page token and the pages' rate limit are checked; its archive is not read yet. */
    private AuditUploads.Form checkedForm(Context ctx) {
        if (!AuditUploads.multipart(ctx)) {
            throw fr.ricochet.server.http.Problems.unsupportedType("multipart/form-data", ctx.contentType());
        }
        AuditUploads.Form form = uploads.form(ctx);
        try {
            rateLimit.handle(ctx);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!pages.csrf().pageCall(ctx) && !pages.csrf().valid(ctx, form.field(Csrf.FIELD))) {
            throw new ProblemException(403, "csrf", new Localized("Formulaire expiré", "Form expired"),
                    new Localized("rechargez la page et renvoyez le formulaire",
                            "reload the page and send the form again"));
        }
        return form;
    }

    /** The chosen zone when it is one; an unknown zone is itself the refusal, and the list falls back to Paris. */
    private static String keptZone(String asked) {
        try {
            return AuditUploads.zone(asked).getId();
        } catch (ProblemException unknown) {
            return AuditUploads.DEFAULT_ZONE;
        }
    }

    private static ZoneId zoneOf(AuditUploads.Form form) {
        return AuditUploads.zone(form.field("tz"));
    }

    private Map<String, Object> model(Context ctx, String zone, AuditView view, List<String> errors) {
        String language = pages.language(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("zones", EditorConfig.ZONES.contains(zone) ? EditorConfig.ZONES
                : java.util.stream.Stream.concat(EditorConfig.ZONES.stream(), java.util.stream.Stream.of(zone)).toList());
        model.put("zone", zone);
        model.put("view", view);
        model.put("errors", errors);
        model.put("onAudit", true);
        model.put("config", config(language));
        return model;
    }

    private static String config(String language) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("lang", language);
        root.put("resultUrl", RESULT_PATH);
        ObjectNode texts = root.putObject("texts");
        for (String key : List.of("uploading", "analysing", "failed", "network", "saving", "saved", "saveFailed",
                "openEditor")) {
            texts.put(SCRIPT_TEXTS + key, Messages.get(language, SCRIPT_TEXTS + key, "{0}"));
        }
        try {
            return ReportJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings is always serialisable", e);
        }
    }
}
