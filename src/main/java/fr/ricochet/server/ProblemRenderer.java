package fr.ricochet.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.IncompleteBodies;
import fr.ricochet.server.http.Languages;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.ServerLimits;
import fr.ricochet.server.web.ErrorPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become RFC 9457 problem+json bodies: typed {@link ProblemException}s, Javalin's own
 * HTTP exceptions (404, 405, 413...) and anything unexpected, which becomes a 500 without a stack trace.
 */
final class ProblemRenderer {

    static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
    static final String TYPE_BASE = "https://ricochet.fr/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemRenderer.class);
    private static final ObjectMapper MAPPER = ReportJson.mapper();

    private ProblemRenderer() {
    }

    /** @param pages HTML error pages for browsers on the web pages, or null for problem+json only */
    static void register(RoutesConfig routes, ErrorPages pages) {
        routes.exception(ProblemException.class, (e, ctx) -> render(e, ctx, pages));
        routes.exception(HttpResponseException.class, (e, ctx) -> render(translate(e, ctx), ctx, pages));
        // A Content-Type naming a charset the JVM does not know fails when the body is decoded.
        routes.exception(java.nio.charset.UnsupportedCharsetException.class, (e, ctx) ->
                render(Problems.unsupportedType("UTF-8", ctx.contentType()), ctx, pages));
        routes.exception(java.nio.charset.IllegalCharsetNameException.class, (e, ctx) ->
                render(Problems.unsupportedType("UTF-8", ctx.contentType()), ctx, pages));
        routes.exception(Exception.class, (e, ctx) -> {
            if (IncompleteBodies.isCause(e)) { // a form body read by the pages, cut short by the client
                LOG.warn("incomplete body on {} {}: {}", ctx.method(), ctx.path(), e.getClass().getSimpleName());
                render(Problems.incompleteBody(), ctx, pages);
                return;
            }
            // Class and message only: a message never holds the draft, a stack trace could hold its values.
            LOG.error("unexpected {} on {} {}: {}", e.getClass().getName(), ctx.method(), ctx.path(), e.getMessage());
            render(Problems.internal(), ctx, pages);
        });
        // Javalin answers unmatched paths by status alone; give them the same body as every other error.
        routes.error(404, ctx -> {
            if (!isProblem(ctx) && !isHtml(ctx)) {
                render(Problems.notFound(ctx.path()), ctx, pages);
            }
        });
        // Jetty's idle timeout fired while reading the body: Javalin sets 408 and ends the request.
        routes.error(408, ctx -> {
            if (!isProblem(ctx)) {
                render(Problems.requestTimeout(), ctx);
            }
        });
        routes.error(405, ctx -> {
            if (!isProblem(ctx) && !isHtml(ctx)) {
                render(Problems.methodNotAllowed(ctx.method().name(), ctx.path()), ctx, pages);
            }
        });
    }

    private static void render(ProblemException problem, Context ctx, ErrorPages pages) {
        if (pages != null && pages.wants(ctx)) {
            pages.render(ctx, problem.status(), problem.headers());
            return;
        }
        render(problem, ctx);
    }

    static void render(ProblemException problem, Context ctx) {
        problem.headers().forEach(ctx::header);
        ctx.status(problem.status()).contentType(CONTENT_TYPE).result(body(problem, Languages.of(ctx), ctx.path()));
    }

    /** The problem+json body, also written by {@link JettyErrors} where there is no Javalin context. */
    static byte[] body(ProblemException problem, String language, String instance) {
        ObjectNode body = MAPPER.createObjectNode()
                .put("type", TYPE_BASE + problem.slug())
                .put("title", problem.title().in(language))
                .put("status", problem.status())
                .put("detail", problem.detail().in(language));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (FieldError error : problem.errors()) {
                errors.addObject().put("field", error.field()).put("message", error.message(language));
            }
        }
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body is always serialisable", e);
        }
    }

    private static ProblemException translate(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> Problems.notFound(ctx.path());
            case 405 -> Problems.methodNotAllowed(ctx.method().name(), ctx.path());
            case 413 -> Problems.bodyTooLarge(ServerLimits.MAX_BATCH_BODY);
            case 503 -> Problems.unavailable(new Localized("le serveur s'arrête ou est saturé",
                    "the server is stopping or overloaded"));
            default -> e.getStatus() >= 500 ? Problems.internal() : new ProblemException(e.getStatus(), "http-"
                    + e.getStatus(), new Localized(e.getMessage(), e.getMessage()),
                    new Localized(e.getMessage(), e.getMessage()));
        };
    }

    /** An error page already written by the pages (a 404 page for an unknown draft, say). */
    private static boolean isHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/problem+json");
    }
}
