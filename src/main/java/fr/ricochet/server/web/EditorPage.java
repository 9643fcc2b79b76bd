package fr.ricochet.server.web;

import com.fasterxml.jackson.databind.node.TextNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.Problems;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET / shows the editor; POST / (the form without JavaScript) analyses the draft and shows the same page
 * with the result and the draft kept. "Apply" and "use this version" are submit buttons too, so every fix
 * works without JavaScript. POST {@value #RESULT_PATH} reads the same form and answers the result panel alone,
 * the same HTML, for editor.js to swap in as the person types.
 */
final class EditorPage {

    /** The result panel alone; its errors are problem+json for the script, never an HTML page (see ErrorPages). */
    static final String RESULT_PATH = "/editor/result";

    private final Advisor advisor;
    private final PageAnalyzer analyzer;
    private final Handler rateLimit;
    private final Pages pages;
    private final EditorModel model;

    EditorPage(Advisor advisor, PageAnalyzer analyzer, Handler rateLimit, Pages pages, EditorModel model) {
        this.advisor = advisor;
        this.analyzer = analyzer;
        this.rateLimit = rateLimit;
        this.pages = pages;
        this.model = model;
    }

    void show(Context ctx) {
        // The audit page links here with the profile it saved: the editor opens calibrated on it.
        pages.send(ctx, 200, "index", model(ctx, EditorForm.empty().withProfile(ctx.queryParam("profile")), null,
                null, List.of()));
    }

    void submit(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        EditorForm form = EditorForm.read(ctx).withActions(ctx.formParam("useRewrite"), ctx.formParam("apply"));
        String language = pages.language(ctx);
        int length = form.text().codePointCount(0, form.text().length());
        if (length > RequestReader.MAX_TEXT) {
            // The same page, the draft kept whole in its text area to shorten, the limit said.
            pages.send(ctx, 413, "index", model(ctx, form, null, null,
                    List.of(Messages.get(language, "editor.length.over", length))));
            return;
        }
        AnalysisRequest request;
        try {
            request = advisor.reader().read(form.toRequest());
        } catch (InvalidRequestException e) {
            List<String> errors = e.errors().stream().map((FieldError f) -> Messages.get(language, "editor.fieldError",
                    f.field(), f.message(language))).toList();
            pages.send(ctx, 400, "index", model(ctx, form, null, null, errors));
            return;
        }
        Report report = analyzer.analyze(request);
        pages.send(ctx, 200, "index", model(ctx, form, report, request.profile(), List.of()));
    }

    /** The result panel for the form as it stands; a blank draft gets the panel's empty state. */
    void result(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        EditorForm form = EditorForm.read(ctx);
        Map<String, Object> view = new HashMap<>();
        view.put("result", null);
        if (!form.text().isBlank()) {
            Bodies.textWithinLimit(TextNode.valueOf(form.text()));
            AnalysisRequest request;
            try {
                request = advisor.reader().read(form.toRequest());
            } catch (InvalidRequestException e) {
                throw Problems.invalid(e.errors());
            }
            Report report = analyzer.analyze(request);
            view.put("result", model.result(pages.language(ctx), form, report, ctx.formParam("heatNetwork"),
                    request.profile()));
        }
        pages.sendFragment(ctx, "result", "result", view);
    }

    private Map<String, Object> model(Context ctx, EditorForm form, Report report, CalibrationProfile profile,
            List<String> errors) {
        return model.build(pages.language(ctx), "/", form, report, errors, ctx.formParam("heatNetwork"), profile);
    }
}
