package fr.ricochet.archive;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The dates the exports write, each read leniently: an unreadable date gives null and its post is skipped. */
final class Dates {

    /** X's {@code created_at}: "Wed Oct 10 20:19:24 +0000 2018". */
    private static final DateTimeFormatter X = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    /** LinkedIn's {@code Date}, "2024-03-05 09:12:44", in UTC; also accepted in a neutral file. */
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

    private Dates() {
    }

    static Instant x(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim(), X).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /**
     * ISO 8601 with an offset ("2024-03-05T09:12:44Z", "+01:00"), or without one ("2024-03-05T09:12:44",
     * "2024-03-05 09:12:44"), then read as UTC, which is what LinkedIn writes and what a spreadsheet exports.
     */
    static Instant iso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDateTime.parse(trimmed, SPACED).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }
}
