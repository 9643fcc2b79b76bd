package fr.ricochet.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Micrometer meters for /metrics: requests per endpoint with latency histograms, analysis time, the JVM. */
final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer analysis;

    Metrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        analysis = Timer.builder("ricochet.analysis").description("Time to analyse one draft")
                .publishPercentileHistogram().register(registry);
    }

    /** Called once per request with its duration; the uri tag is the route template, never the raw path. */
    void record(Context ctx, float millis) {
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("uri", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    <T> T timeAnalysis(Supplier<T> work) {
        return analysis.record(work);
    }

    String scrape() {
        return registry.scrape();
    }

    /** Unmatched paths share one tag so that scanning bots cannot grow the number of series. */
    private static String route(Context ctx) {
        try {
            // The route matched, even when a filter refused the request before its handler ran.
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            String path = (matched != null ? matched : ctx.endpoint()).path;
            return path.isEmpty() || path.equals("*") ? "UNMATCHED" : path;
        } catch (RuntimeException e) {
            return "UNMATCHED";
        }
    }
}
