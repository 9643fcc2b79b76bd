package fr.ricochet.server.web;

import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
import fr.ricochet.rules.NetworkProfile;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, String> configs = new ConcurrentHashMap<>();

    EditorPage(Advisor advisor, PageAnalyzer analyzer, Handler rateLimit, Pages pages) {
        this.advisor = advisor;
        this.analyzer = analyzer;
        this.rateLimit = rateLimit;
        this.pages = pages;
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
        EditorForm form = applyActions(ctx, EditorForm.read(ctx));
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
        pages.send(ctx, 200, "index", model(ctx, form, ResultView.of(report, form, advisor.rules(), language),
                List.of()));
    }

    /** "Apply" carries offset:length:value of one replacement; "use this version" the rewrite itself. */
    private static EditorForm applyActions(Context ctx, EditorForm form) {
        String rewrite = ctx.formParam("useRewrite");
        if (rewrite != null) {
            return form.withText(rewrite.replace("\r\n", "\n"));
        }
        String apply = ctx.formParam("apply");
        if (apply == null) {
            return form;
        }
        String[] parts = apply.split(":", 3);
        try {
            int offset = Integer.parseInt(parts[0]);
            int length = Integer.parseInt(parts[1]);
            String text = form.text();
            if (parts.length == 3 && offset >= 0 && length >= 0 && offset + length <= text.length()) {
                return form.withText(text.substring(0, offset) + parts[2] + text.substring(offset + length));
            }
        } catch (NumberFormatException e) {
            // a tampered button: keep the draft as it was
        }
        return form;
    }

    /** The networks in the order communicators think of them; any network added in rules/ comes after. */
    private List<String> networkOrder() {
        List<String> known = List.of("x", "mastodon", "bluesky", "threads", "linkedin", "facebook", "instagram");
        return advisor.rules().networkIds().stream().sorted(java.util.Comparator.comparingInt((String id) ->
                known.contains(id) ? known.indexOf(id) : known.size()).thenComparing(id -> id)).toList();
    }

    private Map<String, Object> model(Context ctx, EditorForm form, ResultView result, List<String> errors) {
        String language = pages.language(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("result", result);
        model.put("errors", errors);
        model.put("networkOptions", networkOrder());
        model.put("networkNames", advisor.rules().networks().values().stream()
                .collect(java.util.stream.Collectors.toMap(NetworkProfile::id, NetworkProfile::name)));
        model.put("zones", EditorConfig.ZONES.contains(form.timeZone()) ? EditorConfig.ZONES
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(form.timeZone()), EditorConfig.ZONES.stream())
                        .toList());
        model.put("submitUrl", "/");
        model.put("analyzeUrl", "/api/v1/analyze");
        model.put("editorConfig", configs.computeIfAbsent(language, l -> EditorConfig.json(advisor.rules(), l)));
        return model;
    }
}
