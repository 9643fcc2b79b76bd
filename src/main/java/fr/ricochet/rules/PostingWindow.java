package fr.ricochet.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Hours of a week, in the audience's local time, when a source measured better engagement.
 *
 * @param source the citation, with in each language what it was measured on when that is not this network
 */
public record PostingWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to, Localized source) {

    public boolean contains(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
    }
}
