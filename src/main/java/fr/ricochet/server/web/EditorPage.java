package fr.ricochet.server.web;

import com.fasterxml.jackson.databind.node.TextNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/**
 * GET / shows the editor; POST / (the form without JavaScript) analyses the draft and shows the same page
 * with the result and the draft kept. "Apply" and "use this version" are submit buttons too, so every fix
 * works without JavaScript.
 */
final class EditorPage {

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
        pages.send(ctx, 200, "index", model(ctx, EditorForm.empty(), null, List.of()));
    }

    void submit(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
        EditorForm form = EditorForm.read(ctx).withActions(ctx.formParam("useRewrite"), ctx.formParam("apply"));
        Bodies.textWithinLimit(TextNode.valueOf(form.text()));
        String language = pages.language(ctx);
        AnalysisRequest request;
        try {
            request = advisor.reader().read(form.toRequest());
        } catch (InvalidRequestException e) {
            List<String> errors = e.errors().stream().map((FieldError f) -> Messages.get(language, "editor.fieldError",
                    f.field(), f.message(language))).toList();
            pages.send(ctx, 400, "index", model(ctx, form, null, errors));
            return;
        }
        Report report = analyzer.analyze(request);
        pages.send(ctx, 200, "index", model(ctx, form, report, List.of()));
    }

    private Map<String, Object> model(Context ctx, EditorForm form, Report report, List<String> errors) {
        return model.build(pages.language(ctx), "/", form, report, errors);
    }
}
