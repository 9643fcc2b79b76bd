package fr.ricochet.server;

import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.Problems;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Stands before Javalin for every request that carries a body, so that no body ever pins a thread: first the
 * cheap refusals (the analyses are saturated: 503; the client's rate limit is spent: 429), decided from the
 * headers alone, then the body read asynchronously (Jetty calls back as bytes arrive, no thread waits) under a
 * whole-body deadline and a size cap, and only a complete body is handed on, buffered. A client trickling one byte
 * every few seconds thus holds a little memory and a timer, never one of the threads {@code /health} and other
 * clients need; it gets a 408 at the deadline, whatever its pace.
 *
 * <p>The gate decides but does not answer: a refusal travels as a {@link ProblemException} in a request attribute,
 * which a route filter throws ({@link #refuseIfAsked}), so every error keeps the one rendering
 * (problem+json, or the HTML error page for a browser on the pages).
 */
final class BodyGate extends Handler.Wrapper {

    /** The refusal the gate decided, if any: a {@link ProblemException}. */
    static final String REFUSAL = "ricochet.gate.refusal";

    private final Predicate<String> saturated;
    private final Predicate<String> streamed;
    private final AccessGuard guard;
    private final long deadlineMillis;
    private final int maxBytes;

    /**
     * @param saturated whether the analyses a request to this path would need are already at their limit
     * @param streamed  whether a path's route streams its body itself (an archive to audit, up to hundreds of
     *                  megabytes, under its own limit): it passes the cheap refusals, then goes on unread
     * @param guard     the rate limit, charged here once for the request (see {@link AccessGuard#charge})
     */
    BodyGate(Predicate<String> saturated, Predicate<String> streamed, AccessGuard guard, long deadlineMillis,
            int maxBytes) {
        this.saturated = saturated;
        this.streamed = streamed;
        this.guard = guard;
        this.deadlineMillis = deadlineMillis;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        String path = Request.getPathInContext(request);
        if (saturated.test(path)) {
            return refuse(request, response, callback, Problems.unavailable(Problems.SATURATED));
        }
        long wait = guard.charge(request);
        if (wait > 0) {
            return refuse(request, response, callback, Problems.rateLimited(wait));
        }
        if (streamed.test(path)) {
            return super.handle(request, response, callback);
        }
        long announced = request.getLength();
        if (announced > maxBytes) {
            return refuse(request, response, callback, Problems.bodyTooLarge(maxBytes));
        }
        read(request, response, callback);
        return true;
    }

    private void read(Request request, Response response, Callback callback) {
        AtomicBoolean settled = new AtomicBoolean();
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(() -> {
            if (!settled.get()) {
                request.fail(new TimeoutException("body deadline")); // wakes the read below with a failure
            }
        }, deadlineMillis, TimeUnit.MILLISECONDS);
        // Read on the thread that delivers the last bytes: handing a complete body to the routes is the point.
        Content.Source.asByteArrayAsync(request, maxBytes, Promise.Invocable.from(Invocable.InvocationType.BLOCKING,
                body -> {
                    settled.set(true);
                    deadline.cancel();
                    forward(new BufferedRequest(request, body), response, callback);
                },
                failure -> {
                    settled.set(true);
                    deadline.cancel();
                    forward(request, response, callback, refusal(failure));
                }));
    }

    private ProblemException refusal(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return Problems.bodyDeadline();
        }
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).startsWith("Max size")) {
            return Problems.bodyTooLarge(maxBytes); // Jetty's accumulator: more than maxBytes arrived
        }
        return Problems.incompleteBody(); // the client ended or reset the stream before the announced length
    }

    private boolean refuse(Request request, Response response, Callback callback, ProblemException problem) {
        forward(request, response, callback, problem);
        return true;
    }

    /**
     * Hands on a refused request with an empty body, so that nothing downstream (a filter reading form fields,
     * say) can block on the bytes the client may still be trickling; Jetty closes the connection after the answer,
     * since the rest of the body was never read.
     */
    private void forward(Request request, Response response, Callback callback, ProblemException problem) {
        request.setAttribute(REFUSAL, problem);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        forward(new BufferedRequest(request, new byte[0]), response, callback);
    }

    private void forward(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    private static boolean hasBody(Request request) {
        if (HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod())
                || HttpMethod.OPTIONS.is(request.getMethod())) {
            return false; // bodies there mean nothing to Ricochet and are never read
        }
        long length = request.getLength();
        return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    /**
     * A filter on matched routes (so the answer is counted under its route): turns a refusal the gate decided into
     * the usual error answer. A refused request to an unknown path simply gets its 404.
     */
    static void refuseIfAsked(io.javalin.http.Context ctx) {
        if (ctx.attribute(REFUSAL) instanceof ProblemException problem) {
            throw problem;
        }
    }
}
