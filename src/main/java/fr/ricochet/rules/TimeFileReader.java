package fr.ricochet.rules;

import fr.ricochet.rules.RuleFiles.DayWordFile;
import fr.ricochet.rules.RuleFiles.SidesFile;
import fr.ricochet.rules.RuleFiles.TimeFile;
import fr.ricochet.rules.RuleFiles.TimeLanguageFile;
import fr.ricochet.rules.RuleFiles.TimeSettingsFile;
import fr.ricochet.rules.TimeVocabulary.DayWord;
import fr.ricochet.rules.TimeVocabulary.Modifier;
import fr.ricochet.value.Language;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks {@code time/references.yaml} as written and builds the time rules, or returns null after naming each problem. */
final class TimeFileReader {

    private static final int MAX_OFFSET = 7;

    private final FileChecks check;

    private TimeFileReader(FileChecks check) {
        this.check = check;
    }

    static TimeRules read(FileChecks check, TimeFile raw) {
        return new TimeFileReader(check).read(raw);
    }

    private TimeRules read(TimeFile raw) {
        int before = check.count();
        TimeRules.Settings settings = settings(raw.settings());
        Map<Language, TimeVocabulary> languages = new java.util.EnumMap<>(Language.class);
        if (raw.languages() == null) {
            check.problem("languages", "is missing (give " + String.join(" and ", new TreeSet<>(TimeRules.LANGUAGES)) + ")");
        } else {
            for (String language : new TreeSet<>(TimeRules.LANGUAGES)) {
                if (!raw.languages().containsKey(language)) {
                    check.problem("languages." + language, "is missing: drafts in this language name times too");
                }
            }
            raw.languages().forEach((language, file) -> {
                if (!TimeRules.LANGUAGES.contains(language)) {
                    check.problem("languages." + language, "unknown language (known: "
                            + String.join(", ", new TreeSet<>(TimeRules.LANGUAGES)) + ")");
                } else if (file == null) {
                    check.problem("languages." + language, "is missing");
                } else {
                    TimeVocabulary vocabulary = vocabulary("languages." + language + ".", file);
                    if (vocabulary != null) {
                        languages.put(Language.of(language), vocabulary);
                    }
                }
            });
        }
        if (check.count() > before) {
            return null;
        }
        return new TimeRules(settings, Map.copyOf(languages));
    }

    private TimeRules.Settings settings(TimeSettingsFile raw) {
        if (raw == null) {
            check.problem("settings", "is missing (give remindHours, recentDays, dayAt, nightFrom and nightTo)");
            return null;
        }
        check.positive("settings.remindHours", raw.remindHours(), true);
        if (raw.remindHours() != null && raw.remindHours() > 48) {
            check.problem("settings.remindHours", "must be at most 48 hours, not " + raw.remindHours());
        }
        if (raw.recentDays() == null || raw.recentDays() < 0 || raw.recentDays() > 180) {
            check.problem("settings.recentDays", "must be a whole number from 0 to 180");
        }
        LocalTime dayAt = time("settings.dayAt", raw.dayAt());
        LocalTime nightFrom = time("settings.nightFrom", raw.nightFrom());
        LocalTime nightTo = time("settings.nightTo", raw.nightTo());
        if (raw.remindHours() == null || raw.recentDays() == null || dayAt == null || nightFrom == null
                || nightTo == null) {
            return null;
        }
        return new TimeRules.Settings(raw.remindHours(), raw.recentDays(), dayAt, nightFrom, nightTo);
    }

    private TimeVocabulary vocabulary(String field, TimeLanguageFile raw) {
        int before = check.count();
        List<List<String>> weekdays = wordLists(field + "weekdays", raw.weekdays(), 7, "seven, Monday first");
        List<List<String>> months = wordLists(field + "months", raw.months(), 12, "twelve, January first");
        List<DayWord> days = days(field + "days", raw.days());
        Map<String, LocalTime> dayParts = timedWords(field + "dayParts", raw.dayParts());
        Map<String, LocalTime> clockWords = timedWords(field + "clockWords", raw.clockWords());
        List<String> timePrefixes = words(field + "timePrefixes", raw.timePrefixes());
        List<String> rangeWords = words(field + "rangeWords", raw.rangeWords());
        List<String> linkWords = words(field + "linkWords", raw.linkWords());
        Map<Modifier, List<String>> modifiersBefore = new EnumMap<>(Modifier.class);
        Map<Modifier, List<String>> modifiersAfter = new EnumMap<>(Modifier.class);
        modifiers(field + "modifiers", raw.modifiers(), modifiersBefore, modifiersAfter);
        List<String> everyDay = words(field + "everyDay", raw.everyDay());
        List<String> durationAfter = words(field + "durationAfter", raw.durationAfter());
        List<String> lookingBack = words(field + "lookingBack", raw.lookingBack());
        List<String> times = patterns(field + "times", raw.times(), TimeVocabulary.TIME_GROUPS, "hour", null);
        if (check.count() > before) {
            return null;
        }
        TimeVocabulary partial = new TimeVocabulary(weekdays, months, days, dayParts, clockWords, timePrefixes,
                rangeWords, linkWords, Map.copyOf(modifiersBefore), Map.copyOf(modifiersAfter), everyDay, durationAfter,
                lookingBack, times, List.of());
        List<String> dates = patterns(field + "dates", raw.dates(), TimeVocabulary.DATE_GROUPS, "day", partial);
        if (check.count() > before) {
            return null;
        }
        if (dates.stream().noneMatch(d -> TimePatterns.groups(d).contains("month"))) {
            check.problem(field + "dates", "needs at least one pattern with a month group: without a month, a number "
                    + "is read as a date only after a weekday");
            return null;
        }
        return new TimeVocabulary(weekdays, months, days, dayParts, clockWords, timePrefixes, rangeWords, linkWords,
                partial.before(), partial.after(), everyDay, durationAfter, lookingBack, times, dates);
    }

    private List<List<String>> wordLists(String field, List<List<String>> raw, int size, String which) {
        if (raw == null || raw.size() != size) {
            check.problem(field, (raw == null ? "is missing" : "has " + raw.size() + " entries") + ": give " + which
                    + ", each a list of words");
            return List.of();
        }
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            List<String> words = words(field + "[" + i + "]", raw.get(i));
            if (words.isEmpty()) {
                check.problem(field + "[" + i + "]", "needs at least one word");
            }
            lists.add(words);
        }
        return List.copyOf(lists);
    }

    private List<DayWord> days(String field, List<DayWordFile> raw) {
        if (raw == null) {
            check.problem(field, "is missing (use [] for none)");
            return List.of();
        }
        List<DayWord> days = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = field + "[" + i + "]";
            DayWordFile day = raw.get(i);
            if (day == null) {
                check.problem(at, "is empty (give words and offset)");
                continue;
            }
            List<String> words = words(at + ".words", day.words());
            if (words.isEmpty()) {
                check.problem(at + ".words", "needs at least one word");
            }
            if (day.offset() == null || day.offset() < 0 || day.offset() > MAX_OFFSET) {
                check.problem(at + ".offset", "must be a whole number of days from 0 to " + MAX_OFFSET);
            }
            LocalTime time = day.at() == null ? null : time(at + ".at", day.at());
            if (!words.isEmpty() && day.offset() != null) {
                days.add(new DayWord(words, day.offset(), time));
            }
        }
        return List.copyOf(days);
    }

    private Map<String, LocalTime> timedWords(String field, Map<String, String> raw) {
        if (raw == null) {
            check.problem(field, "is missing (use {} for none)");
            return Map.of();
        }
        Map<String, LocalTime> words = new LinkedHashMap<>();
        raw.forEach((word, value) -> {
            if (word.isBlank()) {
                check.problem(field, "has a blank word");
                return;
            }
            LocalTime time = time(field + "." + word, value);
            if (time != null) {
                words.put(word, time);
            }
        });
        return Map.copyOf(words);
    }

    private List<String> words(String field, List<String> raw) {
        if (raw == null) {
            check.problem(field, "is missing (use [] for none)");
            return List.of();
        }
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null || raw.get(i).isBlank()) {
                check.problem(field + "[" + i + "]", "is blank");
            } else if (raw.get(i).equals("true") || raw.get(i).equals("false")) {
                check.problem(field + "[" + i + "]", "reads as " + raw.get(i)
                        + ": YAML takes on, off, yes and no for true or false, so quote the word (\"on\")");
            }
        }
        return raw.stream().filter(w -> w != null && !w.isBlank()).toList();
    }

    private void modifiers(String field, RuleFiles.ModifiersFile raw, Map<Modifier, List<String>> before,
            Map<Modifier, List<String>> after) {
        if (raw == null) {
            check.problem(field, "is missing (give this, next, past and habitual, each with before and/or after)");
            return;
        }
        side(field + ".this", raw.current(), Modifier.THIS, before, after);
        side(field + ".next", raw.next(), Modifier.NEXT, before, after);
        side(field + ".past", raw.past(), Modifier.PAST, before, after);
        side(field + ".habitual", raw.habitual(), Modifier.HABITUAL, before, after);
    }

    private void side(String field, SidesFile raw, Modifier modifier, Map<Modifier, List<String>> before,
            Map<Modifier, List<String>> after) {
        if (raw == null) {
            check.problem(field, "is missing (give before and/or after, [] for none)");
            return;
        }
        before.put(modifier, raw.before() == null ? List.of() : words(field + ".before", raw.before()));
        after.put(modifier, raw.after() == null ? List.of() : words(field + ".after", raw.after()));
    }

    /** Every pattern compiles alone, names only known groups, the required one among them, and never matches nothing. */
    private List<String> patterns(String field, List<String> raw, Set<String> allowed, String required,
            TimeVocabulary vocabulary) {
        if (raw == null || raw.isEmpty()) {
            check.problem(field, "is missing: give at least one regular expression");
            return List.of();
        }
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = field + "[" + i + "]";
            String pattern = raw.get(i);
            if (pattern == null || pattern.isBlank()) {
                check.problem(at, "is blank");
                continue;
            }
            Set<String> groups = TimePatterns.groups(pattern);
            Set<String> unknown = new TreeSet<>(groups);
            unknown.removeAll(allowed);
            if (!unknown.isEmpty()) {
                check.problem(at, "unknown group " + unknown + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                continue;
            }
            if (!groups.contains(required)) {
                check.problem(at, "needs a group named '" + required + "'");
                continue;
            }
            if (TimePatterns.hasBackReference(pattern)) {
                check.problem(at, "may not use back-references: the patterns are joined into one expression");
                continue;
            }
            if (vocabulary == null && pattern.contains(TimeVocabulary.MONTH_PLACEHOLDER)) {
                check.problem(at, TimeVocabulary.MONTH_PLACEHOLDER + " belongs in date patterns only");
                continue;
            }
            try {
                Pattern compiled = Pattern.compile(vocabulary == null ? pattern : TimePatterns.date(pattern, vocabulary),
                        TimePatterns.FLAGS);
                if (compiled.matcher("").matches()) {
                    check.problem(at, "matches an empty text: it would find a time everywhere");
                    continue;
                }
            } catch (PatternSyntaxException e) {
                check.problem(at, "is not a valid regular expression: " + e.getDescription());
                continue;
            }
            patterns.add(pattern);
        }
        return List.copyOf(patterns);
    }

    private LocalTime time(String field, String value) {
        if (value == null) {
            check.problem(field, "is missing (a time such as 20:00)");
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            check.problem(field, "'" + value + "' is not a time such as 20:00");
            return null;
        }
    }
}
