package fr.ricochet.bench;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.audit.AuditRules;
import fr.ricochet.audit.Calibrator;
import fr.ricochet.audit.PostFeatures;
import fr.ricochet.audit.RobotSignals;
import fr.ricochet.audit.SyntheticAccounts;
import fr.ricochet.engine.RulesLocation;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit's analysis alone (signals and calibration, no engine) on 50,000 synthetic posts: a varied person, the
 * hourly template (one LSH bucket of 50,000), and the calibration of 50,000 posts with figures. Not a test:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) fr.ricochet.bench.AuditAnalysisTiming}.
 */
public final class AuditAnalysisTiming {

    private static final int POSTS = 50_000;
    private static final int RUNS = 5;

    private AuditAnalysisTiming() {
    }

    public static void main(String[] args) {
        AuditRules rules = AuditRules.load(RulesLocation.resolve(null));
        ZoneId zone = ZoneId.of("Europe/Paris");
        AccountHistory human = SyntheticAccounts.variedHuman(POSTS, 1);
        AccountHistory bot = SyntheticAccounts.hourlyBot(POSTS, 2);
        List<PostFeatures> features = SyntheticAccounts.imagesDoubleLikes(POSTS, 3);
        AccountHistory calibrated = new AccountHistory(human.format(), human.network(), null,
                features.stream().map(PostFeatures::post).toList(), null, List.of());
        RobotSignals signals = new RobotSignals(rules);
        Calibrator calibrator = new Calibrator(rules);
        time("signals, varied person", () -> signals.measure(human, zone, "fr"));
        time("signals, hourly template", () -> signals.measure(bot, zone, "fr"));
        time("calibration", () -> calibrator.calibrate(calibrated, features, zone, "fr"));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used after the runs: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void time(String what, Supplier<?> work) {
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.get();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("%-26s first %5d ms, median of %d %5d ms%n", what, millis[0], RUNS, sorted[RUNS / 2]);
    }
}
