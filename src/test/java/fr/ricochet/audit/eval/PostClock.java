package fr.ricochet.audit.eval;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** When an archetype's posts go out, on the poster's own clock. */
final class PostClock {

    private final AccountSpec spec;
    private final AccountSpec.Schedule schedule;
    private final Random random;
    private final ZoneId zone;

    PostClock(AccountSpec spec, Random random) {
        this.spec = spec;
        this.schedule = spec.schedule();
        this.random = random;
        this.zone = ZoneId.of(spec.livesIn());
    }

    /** An original's time, and whether the scheduling app sent it. */
    record Sending(ZonedDateTime at, boolean scheduled) {
    }

    /** The originals' times, oldest first: gaps around the mean, kept to the day hours, snapped by a scheduler. */
    List<Sending> originals() {
        List<Sending> times = new ArrayList<>();
        ZonedDateTime at = spec.start().atZone(zone);
        for (int i = 0; i < spec.posts().original(); i++) {
            if (i > 0) {
                // On the poster's clock, so that a post scheduled daily at 10:00 stays at 10:00 across DST.
                long gap = Math.max(60, Math.round(gapMinutes() * 60));
                at = place(at.toLocalDateTime().plusSeconds(gap).atZone(zone));
            }
            boolean scheduled = spec.scheduler() != null && random.nextDouble() < spec.scheduler().share();
            ZonedDateTime sent = scheduled ? onSchedulersMinute(at) : at.truncatedTo(ChronoUnit.SECONDS);
            times.add(new Sending(sent, scheduled));
            at = sent;
        }
        return times;
    }

    /** {@code count} times at random over the originals' period, kept to the poster's day as the originals are. */
    List<ZonedDateTime> around(List<Sending> originals, int count) {
        List<ZonedDateTime> times = new ArrayList<>();
        if (originals.isEmpty()) {
            return times;
        }
        ZonedDateTime first = originals.get(0).at();
        long span = Math.max(1, Duration.between(first, originals.get(originals.size() - 1).at()).getSeconds());
        for (int i = 0; i < count; i++) {
            long offset = (long) (random.nextDouble() * span);
            times.add(place(first.plusSeconds(offset)).truncatedTo(ChronoUnit.SECONDS));
        }
        return times;
    }

    /** A lognormal gap of the spec's mean: people post in bursts and lulls; an exact gap when there is no jitter. */
    private double gapMinutes() {
        double sigma = schedule.jitter();
        if (sigma == 0) {
            return schedule.meanGapMinutes();
        }
        return schedule.meanGapMinutes() * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    /**
     * A night post on purpose for a share of them (kept at night, or moved to the coming night); any other moved
     * into the day hours of the next allowed day when it falls outside them.
     */
    private ZonedDateTime place(ZonedDateTime at) {
        if (schedule.roundTheClock() && schedule.days().size() == 7) {
            return at;
        }
        boolean night = random.nextDouble() < schedule.nightShare();
        if (night && !schedule.roundTheClock()) {
            if (!inDayHours(at)) {
                return at;
            }
            int nightMinutes = (24 - schedule.dayTo() + schedule.dayFrom()) * 60;
            return at.toLocalDate().atTime(schedule.dayTo() % 24, 0).atZone(zone)
                    .plusDays(schedule.dayTo() == 24 ? 1 : 0)
                    .plusMinutes(random.nextInt(Math.max(1, nightMinutes)));
        }
        if (inDayHours(at) && schedule.days().contains(at.getDayOfWeek())) {
            return at;
        }
        ZonedDateTime day = at.getHour() >= schedule.dayTo() ? at.plusDays(1) : at;
        while (!schedule.days().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        int window = (schedule.dayTo() - schedule.dayFrom()) * 60;
        return day.toLocalDate().atTime(schedule.dayFrom(), 0).atZone(zone)
                .plusMinutes(random.nextInt(Math.max(1, Math.min(120, window))));
    }

    private boolean inDayHours(ZonedDateTime at) {
        return at.getHour() >= schedule.dayFrom() && at.getHour() < schedule.dayTo();
    }

    /** A scheduler's post leaves at the first of its minutes from the time the person chose, on the minute. */
    private ZonedDateTime onSchedulersMinute(ZonedDateTime at) {
        AccountSpec.Scheduler scheduler = spec.scheduler();
        ZonedDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        for (int step = 0; step < 60; step++) {
            ZonedDateTime candidate = minute.plusMinutes(step);
            if (scheduler.minutes().contains(candidate.getMinute())) {
                return candidate.withSecond(0);
            }
        }
        throw new IllegalStateException(spec.id() + ": a scheduler needs minutes between 0 and 59");
    }
}
