package fr.ricochet.server.web;

import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.ServerLimits;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a page: the template rendered in the page language with what every page shows (language switch,
 * CSRF token). Other page classes, such as the workshop's, render through here.
 */
public final class Pages {

    public static final String HTML = "text/html; charset=utf-8";

    private final Templates templates;
    private final Csrf csrf;

    public Pages(Templates templates, Csrf csrf) {
        this.templates = templates;
        this.csrf = csrf;
    }

    public Templates templates() {
        return templates;
    }

    public Csrf csrf() {
        return csrf;
    }

    /** The page language, from the switch link, the cookie or Accept-Language. */
    public String language(Context ctx) {
        String language = ctx.attribute("ricochet.page.lang");
        if (language == null) {
            language = PageLocale.resolve(ctx);
            ctx.attribute("ricochet.page.lang", language);
        }
        return language;
    }

    /** A form post: bounded size, the pages' per-IP limit, then this browser's CSRF token. */
    public void readForm(Context ctx, Handler rateLimit) throws Exception {
        Bodies.bytes(ctx, ServerLimits.MAX_FORM_BODY);
        rateLimit.handle(ctx);
        if (!csrf.valid(ctx, ctx.formParam(Csrf.FIELD))) {
            throw new ProblemException(403, "csrf", new Localized("Formulaire expiré", "Form expired"),
                    new Localized("rechargez la page et renvoyez le formulaire",
                            "reload the page and send the form again"));
        }
    }

    /** One fragment of a template (a part a page's script swaps in), in the page language, never cached. */
    public void sendFragment(Context ctx, String template, String fragment, Map<String, Object> model) {
        String language = language(ctx);
        Map<String, Object> all = new HashMap<>(model);
        all.put("lang", language);
        ctx.header("Cache-Control", "no-store");
        ctx.res().addHeader("Vary", "Accept-Language, Cookie");
        ctx.status(200).contentType(HTML).result(templates.render(template, fragment, language, all));
    }

    public void send(Context ctx, int status, String template, Map<String, Object> model) {
        String language = language(ctx);
        Map<String, Object> all = new HashMap<>(model);
        // Every page lists its form's errors as sentences, whichever message (field, workshop, CSRF) they come from.
        if (all.get("errors") instanceof List<?> errors) {
            all.put("errors", errors.stream().map(e -> SentenceCase.of(String.valueOf(e))).toList());
        }
        all.put("lang", language);
        all.put("otherLang", "fr".equals(language) ? "en" : "fr");
        all.put("path", ctx.path());
        all.put("onEditor", ctx.path().equals("/"));
        all.put("onTips", ctx.path().equals("/tips"));
        all.put("csrfField", Csrf.FIELD);
        all.put("csrfToken", csrf.token(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.res().addHeader("Vary", "Accept-Language, Cookie"); // added to CORS's Vary: Origin
        ctx.status(status).contentType(HTML).result(templates.render(template, language, all));
    }
}
