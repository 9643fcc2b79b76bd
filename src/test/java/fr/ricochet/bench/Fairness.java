package fr.ricochet.bench;

import fr.ricochet.bench.FaultProbe.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch fairness: one client sends single analyses one after the other, first alone, then while two other
 * clients send batches of 100 long drafts back to back; its latency in both phases.
 */
final class Fairness {

    private static final String SINGLE = "{\"text\": \"Nouveaux horaires de la médiathèque : ouverte le dimanche !"
            + " #lecture\", \"networks\": [\"x\", \"mastodon\"]}";

    private Fairness() {
    }

    static void run() throws Exception {
        try (Server server = Server.start(Map.of("RICOCHET_RATE_LIMIT_PER_MINUTE", "0"))) {
            warmUp(server);
            System.out.printf("fairness: single analyses alone: %s%n", singles(server, 10));
            String batch = batch();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger batches = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(2);
            for (int i = 0; i < 2; i++) {
                senders.submit(() -> {
                    while (!stop.get()) {
                        if (server.timedPost("/api/v1/analyze/batch", batch) >= 0) {
                            batches.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                });
            }
            Thread.sleep(1000);
            String during = singles(server, 20);
            stop.set(true);
            senders.shutdown();
            senders.awaitTermination(60, TimeUnit.SECONDS);
            System.out.printf("fairness: single analyses while 2 clients send batches of 100 long drafts: %s;"
                    + " %d batches answered, %d refused or past the deadline%n", during, batches.get(), refused.get());
        }
    }

    private static void warmUp(Server server) {
        for (int i = 0; i < 500; i++) {
            server.timedPost("/api/v1/analyze", SINGLE);
        }
    }

    /** Sequential single analyses for this many seconds: their median and 99th percentile. */
    private static String singles(Server server, int seconds) {
        List<Double> times = new ArrayList<>();
        int failed = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            double ms = server.timedPost("/api/v1/analyze", SINGLE);
            if (ms < 0) {
                failed++;
            } else {
                times.add(ms);
            }
        }
        Collections.sort(times);
        return String.format("%d answered, p50 %.1f ms, p99 %.1f ms, %d failed", times.size(),
                times.get(times.size() / 2), times.get((int) (times.size() * 0.99)), failed);
    }

    private static String batch() {
        String text = "Venez découvrir la médiathèque ce samedi avec @amis #lecture https://exemple.fr ! ".repeat(31);
        StringBuilder body = new StringBuilder("{\"requests\": [");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append("{\"text\": \"").append(text, 0, 2500)
                    .append("\", \"networks\": [\"x\", \"linkedin\"]}");
        }
        return body.append("]}").toString();
    }
}
