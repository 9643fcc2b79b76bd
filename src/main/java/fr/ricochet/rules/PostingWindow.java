package fr.ricochet.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** Hours of a week, in the audience's local time, when a source measured better engagement. */
public record PostingWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to, String source) {

    public boolean contains(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
    }
}
