package fr.ricochet.rules;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One language's words and patterns for time references, as checked by the loader. Words are as written;
 * patterns are regular expressions with named groups ({@code hour}, {@code minute}, {@code am}, {@code pm}
 * for times; {@code day}, {@code month}, {@code year} for dates, where {@code {month}} stands for the month
 * names).
 *
 * @param weekdays seven lists of words, Monday first
 * @param months twelve lists of words, January first
 * @param before modifier words written before a weekday, by what they mean
 * @param after modifier words written after a weekday, by what they mean
 */
public record TimeVocabulary(
        List<List<String>> weekdays,
        List<List<String>> months,
        List<DayWord> days,
        Map<String, LocalTime> dayParts,
        Map<String, LocalTime> clockWords,
        List<String> timePrefixes,
        List<String> rangeWords,
        List<String> linkWords,
        Map<Modifier, List<String>> before,
        Map<Modifier, List<String>> after,
        List<String> everyDay,
        List<String> durationAfter,
        List<String> lookingBack,
        List<String> times,
        List<String> dates) {

    /** Words naming a day counted from the reference day, with the hour they stand for (or null). */
    public record DayWord(List<String> words, int offset, LocalTime at) {
    }

    /** What a word next to a weekday does to it. */
    public enum Modifier {
        /** "this Sunday": the next such day on or after the reference day, as with no word. */
        THIS,
        /** "next Thursday": strictly after the reference day. */
        NEXT,
        /** "last Saturday": a day gone by, not an event. */
        PAST,
        /** "every Sunday": a recurring day, not an event. */
        HABITUAL
    }

    /** The groups a time pattern may name, and a date pattern. */
    public static final java.util.Set<String> TIME_GROUPS = java.util.Set.of("hour", "minute", "am", "pm");
    public static final java.util.Set<String> DATE_GROUPS = java.util.Set.of("day", "month", "year");
    /** Stands for the month names in a date pattern. */
    public static final String MONTH_PLACEHOLDER = "{month}";
}
