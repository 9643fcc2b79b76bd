package fr.ricochet.server.workshop;

import fr.ricochet.request.FieldError;
import fr.ricochet.server.web.Csrf;
import fr.ricochet.server.web.EditorModel;
import fr.ricochet.server.web.Pages;
import fr.ricochet.workshop.Answered;
import fr.ricochet.workshop.IdempotencyConflict;
import fr.ricochet.workshop.Workshop;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the trainer's and the participants' pages share: the web pages' renderer and form guard, the heading every
 * workshop page starts with, and how a form sent twice is settled. A page hands its typed view to
 * {@link #send}: templates read {@code heading} and {@code page}, plus the {@code errors} every page lists.
 */
final class WorkshopPageSupport {

    static final String PREFIX = "/workshops";
    /** How long a form sent twice waits for its first sending: 12 s, more than a submission's analysis takes. */
    private static final int FORM_WAIT_ROUNDS = 60;
    private static final Duration FORM_WAIT_STEP = Duration.ofMillis(200);

    private final Pages pages;
    private final Handler rateLimit;
    private final EditorModel editor;

    WorkshopPageSupport(Pages pages, Handler rateLimit, EditorModel editor) {
        this.pages = pages;
        this.rateLimit = rateLimit;
        this.editor = editor;
    }

    String language(Context ctx) {
        return pages.language(ctx);
    }

    /** Checks the form's CSRF token and the per-IP rate limit, as every page form post does. */
    void readForm(Context ctx) throws Exception {
        pages.readForm(ctx, rateLimit);
    }

    EditorModel editor() {
        return editor;
    }

    PageViews.Heading heading(Workshop workshop, String language) {
        return PageViews.Heading.of(workshop, language, editor::networkName);
    }

    /**
     * Renders a workshop page. Every form gets a new idempotency key each time it is shown; sending it again then
     * stores nothing twice.
     *
     * @param heading the workshop the page is about, or null (the join form before a code is known)
     * @param page    the page's own typed view
     * @param extra   what a fragment of the web pages needs (the editor's model), else an empty map
     */
    void send(Context ctx, int status, String template, PageViews.Heading heading, Record page, List<String> errors,
            Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("heading", heading);
        model.put("page", page);
        model.put("errors", errors);
        model.put("formKeyField", IdempotencyHeader.FIELD);
        model.put("formKey", UUID.randomUUID().toString());
        pages.send(ctx, status, template, model);
    }

    void send(Context ctx, int status, String template, PageViews.Heading heading, Record page, List<String> errors) {
        send(ctx, status, template, heading, page, errors, Map.of());
    }

    /** The browser a page's form came from: its CSRF token, which {@link Pages#readForm} has just checked. */
    static String browser(Context ctx) {
        return "browser:" + ctx.formParam(Csrf.FIELD);
    }

    /**
     * A double click posts a form twice at once: the second post waits for the first one's answer (a bounded wait,
     * polling the key) rather than showing a conflict, since the browser shows only the second answer.
     */
    static Answered settled(Supplier<Answered> call) {
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

    static List<String> messages(List<FieldError> errors, String language) {
        return errors.stream().map(e -> e.message(language)).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
