package fr.ricochet.measure;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A time reference as written in the draft ("demain à 18 h", "this Sunday at 7pm", "dès 19 h"), still
 * symbolic: it becomes a date only against a reference instant (see {@link TimeReferences#event}).
 *
 * @param day the day named, or null for an hour on its own (the next such hour from the reference)
 * @param time the hour named, the hour a part of the day stands for ("ce soir"), or null for none
 * @param exact whether the text states the hour itself, rather than a part of the day or nothing
 */
public record TimeMention(Span span, Day day, LocalTime time, boolean exact) {

    /** A day as the text names it. */
    public sealed interface Day permits Relative, Weekday, Date {
    }

    /** "aujourd'hui", "ce soir", "tomorrow": days counted from the reference day. */
    public record Relative(int offset) implements Day {
    }

    /**
     * "samedi", "this Sunday": the next such day on or after the reference day.
     *
     * @param strictlyAfter "jeudi prochain", "next Thursday": after the reference day, never on it
     */
    public record Weekday(DayOfWeek weekday, boolean strictlyAfter) implements Day {
    }

    /**
     * "14 mars", "le 14/03/2027", "samedi 14".
     *
     * @param month 1 to 12, or null when only the day of the month follows a weekday
     * @param year or null when the text gives none
     * @param weekday the weekday written with it, or null
     */
    public record Date(int dayOfMonth, Integer month, Integer year, DayOfWeek weekday) implements Day {
    }
}
