package fr.ricochet.measure;

import fr.ricochet.measure.TimeMention.Date;
import fr.ricochet.measure.TimeMention.Relative;
import fr.ricochet.measure.TimeMention.Weekday;
import fr.ricochet.rules.TimeRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The event a draft announces, resolved against a reference instant in the audience's zone.
 *
 * @param exact whether the text gave the hour; otherwise {@code at} is a part of the day's hour or the
 *     day's default hour, and only a later day counts as after the event
 * @param span the mention the event was read from
 * @param remindFrom the start of the last hours before the event, when posting is a reminder
 */
public record EventTime(ZonedDateTime at, boolean exact, Span span, ZonedDateTime remindFrom) {

    /** Whether a post at that time comes after the event. */
    public boolean passedAt(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(at.getZone());
        return exact ? local.isAfter(at) : local.toLocalDate().isAfter(at.toLocalDate());
    }

    /** Whether a post at that time falls in the last hours before the event (or on its day, without an hour). */
    public boolean closeAt(ZonedDateTime time) {
        return !passedAt(time) && !time.isBefore(remindFrom);
    }

    static Optional<EventTime> resolve(TimeMention mention, ZonedDateTime reference, TimeRules.Settings settings) {
        LocalDate today = reference.toLocalDate();
        LocalTime time = mention.time() != null ? mention.time() : settings.dayAt();
        Optional<LocalDate> day;
        if (mention.day() == null) {
            day = Optional.of(time.isBefore(reference.toLocalTime().truncatedTo(ChronoUnit.MINUTES))
                    ? today.plusDays(1) : today);
        } else if (mention.day() instanceof Relative relative) {
            day = Optional.of(today.plusDays(relative.offset()));
        } else if (mention.day() instanceof Weekday weekday) {
            day = Optional.of(today.with(weekday.strictlyAfter() ? TemporalAdjusters.next(weekday.weekday())
                    : TemporalAdjusters.nextOrSame(weekday.weekday())));
        } else {
            day = date((Date) mention.day(), today, settings.recentDays());
        }
        return day.map(d -> {
            ZonedDateTime at = d.atTime(time).atZone(reference.getZone());
            return new EventTime(at, mention.exact(), mention.span(), at.minusHours(settings.remindHours()));
        });
    }

    /**
     * A date without a year is the next such date, unless it fell within the last {@code recentDays} and is
     * nearer than the next: then the draft speaks of that past date, and a post planned after it is late.
     * A day of the month after a weekday ("samedi 14") is in the nearest month where that day is that weekday.
     */
    private static Optional<LocalDate> date(Date date, LocalDate today, int recentDays) {
        if (date.month() != null && date.year() != null) {
            return valid(YearMonth.of(date.year(), date.month()), date.dayOfMonth());
        }
        LocalDate past = null;
        LocalDate future = null;
        LocalDate anyFuture = null;
        YearMonth first = YearMonth.from(today).minusMonths(date.month() == null ? 1 : 12);
        int months = date.month() == null ? 14 : 12 * 6;
        for (int i = 0; i <= months; i++) {
            YearMonth month = first.plusMonths(i);
            if (date.month() != null && month.getMonthValue() != date.month()) {
                continue;
            }
            LocalDate candidate = valid(month, date.dayOfMonth()).orElse(null);
            if (candidate == null) {
                continue;
            }
            boolean weekdayFits = date.month() != null || candidate.getDayOfWeek() == date.weekday();
            if (candidate.isBefore(today)) {
                if (weekdayFits && ChronoUnit.DAYS.between(candidate, today) <= recentDays) {
                    past = candidate;
                }
            } else {
                if (anyFuture == null) {
                    anyFuture = candidate;
                }
                if (weekdayFits && future == null) {
                    future = candidate;
                }
            }
        }
        if (past != null && (future == null
                || ChronoUnit.DAYS.between(past, today) < ChronoUnit.DAYS.between(today, future))) {
            return Optional.of(past);
        }
        return Optional.ofNullable(future != null ? future : anyFuture);
    }

    private static Optional<LocalDate> valid(YearMonth month, int day) {
        return month.isValidDay(day) ? Optional.of(month.atDay(day)) : Optional.empty();
    }
}
