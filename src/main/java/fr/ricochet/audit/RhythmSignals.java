package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedPost;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The signals read in when the account posts: gaps like a timer's, a fixed minute, posts through the night. */
final class RhythmSignals {

    private static final long DAY_SECONDS = 86_400;

    private final SignalContext context;
    private final List<ArchivedPost> all;

    RhythmSignals(SignalContext context) {
        this.context = context;
        this.all = context.all();
    }

    /**
     * Whether the archive gives the time of day at all: a neutral file with dates only puts every post at midnight,
     * which would read as a fixed minute and as night posting.
     */
    private boolean timeOfDayKnown() {
        return all.stream().anyMatch(p -> p.createdAt().getEpochSecond() % DAY_SECONDS != 0 || p.createdAt().getNano() != 0);
    }

    Signal regularIntervals() {
        AuditRules.RegularIntervals rules = context.rules().regularIntervals();
        String id = RobotSignals.REGULAR_INTERVALS;
        if (context.tooFew(all.size())) {
            return context.tooFewSignal(id, rules.threshold(), all.size());
        }
        double[] gaps = new double[all.size() - 1];
        for (int i = 1; i < all.size(); i++) {
            gaps[i - 1] = Duration.between(all.get(i - 1).createdAt(), all.get(i).createdAt()).toSeconds();
        }
        double mean = Arrays.stream(gaps).average().orElse(0);
        if (mean <= 0) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.regular-intervals.instant"),
                    List.of());
        }
        double variance = Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum() / gaps.length;
        double cv = Math.sqrt(variance) / mean;
        boolean timer = cv <= rules.threshold();
        Arrays.sort(gaps);
        long medianMinutes = Math.round(gaps[gaps.length / 2] / 60);
        String message = context.text(timer ? "signal.regular-intervals.flagged" : "signal.regular-intervals.clear",
                "cv", cv, "minutes", medianMinutes);
        boolean fixedMinute = false;
        if (timeOfDayKnown()) {
            int[] perMinute = new int[60];
            all.forEach(p -> perMinute[p.createdAt().atZone(context.zone()).getMinute()]++);
            int minute = 0;
            for (int m = 1; m < 60; m++) {
                minute = perMinute[m] > perMinute[minute] ? m : minute;
            }
            double share = (double) perMinute[minute] / all.size();
            fixedMinute = share >= rules.sameMinute();
            message += " " + context.text(fixedMinute ? "signal.regular-intervals.minute.flagged"
                    : "signal.regular-intervals.minute.clear", "share", share, "minute", String.format("%02d", minute));
        }
        boolean flagged = timer || fixedMinute;
        return SignalContext.signal(id, cv, flagged, rules.threshold(), message, flagged ? all : List.of());
    }

    Signal nightPosting() {
        AuditRules.NightPosting rules = context.rules().nightPosting();
        String id = RobotSignals.NIGHT_POSTING;
        if (context.tooFew(all.size())) {
            return context.tooFewSignal(id, rules.threshold(), all.size());
        }
        if (!timeOfDayKnown()) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.night-posting.dates"), List.of());
        }
        List<ArchivedPost> night = all.stream().filter(p -> {
            int hour = p.createdAt().atZone(context.zone()).getHour();
            return hour >= rules.from() && hour < rules.to();
        }).toList();
        double share = (double) night.size() / all.size();
        boolean flagged = share >= rules.threshold();
        String message = context.text(flagged ? "signal.night-posting.flagged" : "signal.night-posting.clear",
                "share", share, "from", rules.from(), "to", rules.to(), "zone", context.zone().getId());
        Silence silence = flagged ? silenceOutsideNight(rules) : null;
        if (silence != null) {
            message += " " + context.text("signal.night-posting.otherZone", "from", silence.from(),
                    "to", silence.to(), "zone", context.zone().getId());
        }
        return SignalContext.signal(id, share, flagged, rules.threshold(), message, night,
                silence != null ? Signal.Weight.ASIDE : null);
    }

    /** Hours of the day from {@code from} included to {@code to} excluded (past midnight when {@code to} is smaller). */
    private record Silence(int from, int to) {
    }

    /**
     * The account's silence when it lies outside the zone's night, else null. People sleep: an account whose posts
     * stop for {@code quietHours} in a row keeps a person's day, and when that silence is not at night in the zone
     * given, its people live in another zone; a program running round the clock has no silence. The silence
     * reported runs on over the neighbouring hours as quiet as it.
     */
    private Silence silenceOutsideNight(AuditRules.NightPosting rules) {
        int[] perHour = new int[24];
        all.forEach(p -> perHour[p.createdAt().atZone(context.zone()).getHour()]++);
        int hours = rules.quietHours();
        int best = 0;
        int fewest = Integer.MAX_VALUE;
        for (int start = 0; start < 24; start++) {
            int posts = 0;
            for (int h = 0; h < hours; h++) {
                posts += perHour[(start + h) % 24];
            }
            if (posts < fewest) {
                fewest = posts;
                best = start;
            }
        }
        boolean atNight = false;
        for (int h = 0; h < hours; h++) {
            int hour = (best + h) % 24;
            atNight |= hour >= rules.from() && hour < rules.to();
        }
        if (fewest > rules.quietShare() * all.size() || atNight) {
            return null;
        }
        double quietHour = rules.quietShare() * all.size() / hours;
        int from = best;
        int to = (best + hours) % 24;
        while (hours < 23 && perHour[to] <= quietHour && !(to >= rules.from() && to < rules.to())) {
            to = (to + 1) % 24;
            hours++;
        }
        int before = (from + 23) % 24;
        while (hours < 23 && perHour[before] <= quietHour && !(before >= rules.from() && before < rules.to())) {
            from = before;
            before = (from + 23) % 24;
            hours++;
        }
        return new Silence(from, to);
    }
}
