package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An SMS abbreviation's full form, and whether spelling it out keeps the author's meaning. A safe one goes into
 * the rewrite unasked; any other is only offered ("venez bcp" is not "venez beaucoup" but "venez nombreux").
 * Context patterns make an unsafe one safe where it is unambiguous ("bcp de", "merci bcp").
 *
 * @param safe whether the full form always reads right in its place
 * @param safeBefore when not safe, a pattern the text just before the abbreviation may end with to make it safe
 * @param safeAfter when not safe, a pattern the text just after it may start with to make it safe
 */
record Abbreviation(String full, boolean safe, Pattern safeBefore, Pattern safeAfter) {

    Abbreviation {
        if (full == null || full.isBlank()) {
            throw new IllegalArgumentException("full is missing (the word the abbreviation stands for)");
        }
    }

    /** Written as a plain text in the tip file ({@code slt: salut}): always safe. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Abbreviation of(String full) {
        return new Abbreviation(full, true, null, null);
    }

    /** Written as a mapping ({@code bcp: {full: beaucoup, safe: false, safeAfter: "\\s+de\\b"}}). */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Abbreviation of(@com.fasterxml.jackson.annotation.JsonProperty("full") String full,
            @com.fasterxml.jackson.annotation.JsonProperty("safe") Boolean safe,
            @com.fasterxml.jackson.annotation.JsonProperty("safeBefore") String safeBefore,
            @com.fasterxml.jackson.annotation.JsonProperty("safeAfter") String safeAfter) {
        if (safe == null) {
            throw new IllegalArgumentException("safe is missing (true, or false when the full form may change the meaning)");
        }
        if (safe && (safeBefore != null || safeAfter != null)) {
            throw new IllegalArgumentException("safeBefore and safeAfter only make sense with safe: false");
        }
        return new Abbreviation(full, safe, compile("safeBefore", safeBefore == null ? null : "(?:" + safeBefore + ")$"),
                compile("safeAfter", safeAfter));
    }

    private static final int LOOK_BEHIND = 64;

    /** Whether the full form keeps the meaning at this place of the text. */
    boolean safeAt(String text, int start, int end) {
        if (safe) {
            return true;
        }
        // The words just before decide ("merci bcp"): reading from the start of a long draft would cost its square.
        return (safeBefore != null && safeBefore.matcher(text).region(Math.max(0, start - LOOK_BEHIND), start).find())
                || (safeAfter != null && safeAfter.matcher(text).region(end, text.length()).lookingAt());
    }

    private static Pattern compile(String field, String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + ": not a valid regular expression: " + e.getDescription());
        }
    }
}
