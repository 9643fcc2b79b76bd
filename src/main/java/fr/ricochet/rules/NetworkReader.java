package fr.ricochet.rules;

import fr.ricochet.rules.RuleFiles.NetworkFile;
import fr.ricochet.rules.RuleFiles.WindowFile;
import fr.ricochet.value.Audience;
import fr.ricochet.value.NetworkId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one network file as written and builds its profile, or returns null after naming each problem. */
final class NetworkReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String DAY_NAMES = "mon, tue, wed, thu, fri, sat, sun";
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private NetworkReader() {
    }

    static NetworkProfile read(FileChecks check, NetworkFile raw) {
        int before = check.count();
        check.require("id", raw.id());
        if (raw.id() != null && !NetworkId.isValid(raw.id())) {
            check.problem("id", "must be lower-case letters, digits and dashes");
        }
        check.require("name", raw.name());
        check.positive("order", raw.order(), false);
        check.require("counting", raw.counting());
        check.positive("limit", raw.limit(), true);
        check.positive("byteLimit", raw.byteLimit(), false);
        check.positive("byteWarning", raw.byteWarning(), false);
        check.positive("fold", raw.fold(), false);
        check.range("lengthSweetSpot", raw.lengthSweetSpot());
        check.required("hashtags", raw.hashtags());
        check.required("emoji", raw.emoji());
        check.required("media", raw.media());
        check.required("links", raw.links());
        if (raw.hashtags() != null) {
            check.range("hashtags.sweetSpot", raw.hashtags().sweetSpot());
            check.positive("hashtags.cap", raw.hashtags().cap(), false);
        }
        if (raw.media() != null) {
            check.positive("media.max", raw.media().max(), true);
            check.positive("media.altTextLimit", raw.media().altTextLimit(), true);
        }
        if (raw.links() != null) {
            check.positive("links.max", raw.links().max(), false);
        }
        check.localized("windowsNote", raw.windowsNote());
        // Read as written rather than as a Boolean, which Jackson would also fill from 1 or "true".
        if (raw.threads() != null && !raw.threads().isBoolean()) {
            check.problem("threads", "wrong type: expected true or false (absent: no threads)");
        }
        if (raw.topLevelDomains() != null) {
            names(check, "topLevelDomains.add", raw.topLevelDomains().add());
            names(check, "topLevelDomains.drop", raw.topLevelDomains().drop());
        }
        Map<Audience, List<PostingWindow>> windows = windows(check, raw.windows());
        if (check.count() > before) {
            return null;
        }
        return new NetworkProfile(NetworkId.of(raw.id()), raw.name(), raw.counting(),
                raw.entities() == null ? "neutral" : raw.entities(), raw.limit(), raw.byteLimit(), raw.byteWarning(),
                raw.fold(),
                raw.lengthSweetSpot(), raw.hashtags().sweetSpot(), raw.hashtags().cap(), raw.emoji().max(),
                raw.media().max(), raw.media().altTextLimit(), raw.links().max(),
                !Boolean.FALSE.equals(raw.links().clickable()), Boolean.TRUE.equals(raw.media().required()),
                raw.threads() != null && raw.threads().booleanValue(),
                raw.topLevelDomains() == null ? TopLevelDomains.NONE : raw.topLevelDomains(), windows, raw.windowsNote(), check.file());
    }

    /** Top-level domains as lists write them: one label, lower case, no dot. */
    private static void names(FileChecks check, String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank() || name.contains(".") || !name.equals(name.toLowerCase(java.util.Locale.ROOT))
                    || name.chars().anyMatch(Character::isWhitespace)) {
                check.problem(field + "[" + i + "]", "'" + name + "' is not a top-level domain (one label in lower case, no dot)");
            }
        }
    }

    /** The windows per audience, in the audiences' order ({@link Audience}). */
    private static Map<Audience, List<PostingWindow>> windows(FileChecks check, Map<String, List<WindowFile>> raw) {
        if (raw == null || !raw.containsKey("general")) {
            check.problem("windows.general", "is missing: give the good posting windows");
            return Map.of();
        }
        Map<Audience, List<PostingWindow>> windows = new EnumMap<>(Audience.class);
        raw.forEach((audience, list) -> {
            if (Audience.fromId(audience).isEmpty()) {
                check.problem("windows." + audience, "unknown audience (allowed: " + String.join(", ", Audience.ids())
                        + ")");
                return;
            }
            List<PostingWindow> parsed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PostingWindow window = window(check, "windows." + audience + "[" + i + "]", list.get(i));
                if (window != null) {
                    parsed.add(window);
                }
            }
            windows.put(Audience.of(audience), List.copyOf(parsed));
        });
        return java.util.Collections.unmodifiableMap(windows);
    }

    private static PostingWindow window(FileChecks check, String field, WindowFile raw) {
        Localized source = source(check, field + ".source", raw.source());
        if (raw.days() == null || raw.days().isEmpty()) {
            check.problem(field + ".days", "is missing (use " + DAY_NAMES + ")");
            return null;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : raw.days()) {
            DayOfWeek parsed = DAYS.get(day);
            if (parsed == null) {
                check.problem(field + ".days", "unknown day '" + day + "' (use " + DAY_NAMES + ")");
                return null;
            }
            days.add(parsed);
        }
        LocalTime from = time(check, field + ".from", raw.from());
        LocalTime to = time(check, field + ".to", raw.to());
        if (from == null || to == null) {
            return null;
        }
        if (!from.isBefore(to)) {
            check.problem(field, "'from' must come before 'to' on the same day");
            return null;
        }
        return source == null ? null : new PostingWindow(Set.copyOf(days), from, to, source);
    }

    /** A citation as one text for both languages, or {fr, en} when it says something in words. */
    private static Localized source(FileChecks check, String field, com.fasterxml.jackson.databind.JsonNode raw) {
        if (raw != null && raw.isTextual() && !raw.textValue().isBlank()) {
            return new Localized(raw.textValue(), raw.textValue());
        }
        if (raw != null && raw.isObject() && raw.path("fr").isTextual() && raw.path("en").isTextual()
                && raw.size() == 2) {
            return new Localized(raw.get("fr").textValue(), raw.get("en").textValue());
        }
        check.problem(field, "is missing or malformed: a citation, or {fr, en} when it carries words");
        return null;
    }

    private static LocalTime time(FileChecks check, String field, String value) {
        if (value == null) {
            check.problem(field, "is missing (a time such as 09:00)");
            return null;
        }
        try {
            return "24:00".equals(value) ? LocalTime.MAX : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            check.problem(field, "'" + value + "' is not a time such as 09:00");
            return null;
        }
    }
}
