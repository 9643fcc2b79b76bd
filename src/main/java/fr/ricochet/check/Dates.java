package fr.ricochet.check;

import fr.ricochet.value.Language;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date and hour as each language writes them in a sentence: "mardi 1er décembre, 10 h 30",
 * "Tuesday 1 December, 10:30 AM". One writing for the messages and the terminal report.
 */
public final class Dates {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private Dates() {
    }

    public static String write(ZonedDateTime time, Language language, boolean withYear, boolean withHour) {
        if (language == Language.EN) {
            return time.format(ENGLISH_DAY) + (withYear ? " " + time.getYear() : "")
                    + (withHour ? ", " + time.format(ENGLISH_HOUR) : "");
        }
        StringBuilder out = new StringBuilder()
                .append(time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH)).append(' ')
                .append(time.getDayOfMonth() == 1 ? "1er" : String.valueOf(time.getDayOfMonth())).append(' ')
                .append(time.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH));
        if (withYear) {
            out.append(' ').append(time.getYear());
        }
        if (withHour) {
            // French writes the hour "10 h" or "10 h 30", with no-break spaces.
            out.append(", ").append(time.getHour()).append("\u00A0h");
            if (time.getMinute() > 0) {
                out.append(String.format(Locale.ROOT, "\u00A0%02d", time.getMinute()));
            }
        }
        return out.toString();
    }
}
