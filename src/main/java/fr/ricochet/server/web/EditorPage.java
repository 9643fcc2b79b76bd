package fr.ricochet.server.web;

import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;

/**
 * GET / shows the editor; POST / (the form without JavaScript) analyses the draft and shows the same page
 * with the result and the draft kept. "Apply" and "use this version" are submit buttons too, so every fix
 * works without JavaScript.
 */
final class EditorPage {

    /**
     * A url-encoded form of 10,000 characters can weigh up to 12 bytes a character (emoji as %XX four
     * times), plus media alt texts: the body cap is wider than the API's JSON one, the text cap is the same.
     */
    static final int MAX_FORM_BODY = 256 * 1024;

    private final Advisor advisor;
    private final PageAnalyzer analyzer;
    private final Handler rateLimit;
    private final Pages pages;
    private final EditorModel model;

    EditorPage(Advisor advisor, PageAnalyzer analyzer, Handler rateLimit, Pages pages) {
        this.advisor = advisor;
        this.analyzer = analyzer;
        this.rateLimit = rateLimit;
        this.pages = pages;
        this.model = new EditorModel(advisor.rules());
    }

    void show(Context ctx) {
        pages.send(ctx, 200, "index", model(ctx, EditorForm.empty(), null, List.of()));
    }

    void submit(Context ctx) throws Exception {
        rateLimit.handle(ctx);
        if (ctx.contentLength() > MAX_FORM_BODY || ctx.bodyAsBytes().length > MAX_FORM_BODY) {
            throw new HttpResponseException(413, "form too large");
        }
        if (!pages.csrf().valid(ctx, ctx.formParam(Csrf.FIELD))) {
            throw new HttpResponseException(403, "missing or stale CSRF token");
        }
        EditorForm form = EditorForm.read(ctx).withActions(ctx.formParam("useRewrite"), ctx.formParam("apply"));
        if (form.text().codePointCount(0, form.text().length()) > RequestReader.MAX_TEXT) {
            throw new HttpResponseException(413, "text too long");
        }
        String language = pages.language(ctx);
        AnalysisRequest request;
        try {
            request = advisor.reader().read(form.toRequest());
        } catch (InvalidRequestException e) {
            List<String> errors = e.errors().stream().map((FieldError f) -> f.field() + " : " + f.message(language))
                    .toList();
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
