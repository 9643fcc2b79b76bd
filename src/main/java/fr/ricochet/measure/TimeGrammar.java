package fr.ricochet.measure;

import fr.ricochet.rules.TimePatterns;
import fr.ricochet.rules.TimeVocabulary;
import fr.ricochet.rules.TimeVocabulary.DayWord;
import fr.ricochet.rules.TimeVocabulary.Modifier;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's time vocabulary, compiled once: an expression for the hours and dates of the data, and a
 * tree of its words. It finds the pieces of time references ("samedi", "14 mars", "à", "18 h 30"), which
 * {@link TimeReader} then joins.
 */
final class TimeGrammar {

    /** A piece of a time reference found in the text. */
    sealed interface Atom permits Word, Clock, DateAtom {
        int start();

        int end();
    }

    /** A vocabulary word, with every role the language gives it. */
    record Word(int start, int end, Roles roles) implements Atom {
    }

    /** An hour written in figures; {@code meridiem}: with am or pm, so never a duration. */
    record Clock(int start, int end, LocalTime time, boolean meridiem) implements Atom {
    }

    record DateAtom(int start, int end, int day, Integer month, Integer year) implements Atom {
    }

    /** What a word can be; most have one role, a few two ("à" opens a time and joins a range). */
    static final class Roles {
        static final Roles NONE = new Roles();
        Integer weekday;
        DayWord day;
        LocalTime dayPart;
        LocalTime clock;
        Modifier before;
        Modifier after;
        boolean prefix;
        boolean range;
        boolean link;
        boolean everyDay;
        boolean duration;
    }

    private final Pattern pattern;
    private final int dates;
    private final int times;
    private final Map<String, Roles> roles = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    /** Every group name the joined expression has, since a pattern may leave out minute or year. */
    private final java.util.Set<String> groups = new java.util.HashSet<>();
    private final WordTree words = new WordTree();
    private final WordTree lookingBack = new WordTree();

    TimeGrammar(TimeVocabulary vocabulary) {
        for (int i = 0; i < vocabulary.weekdays().size(); i++) {
            int weekday = i + 1;
            vocabulary.weekdays().get(i).forEach(w -> role(w).weekday = weekday);
        }
        for (int i = 0; i < vocabulary.months().size(); i++) {
            for (String month : vocabulary.months().get(i)) {
                months.put(TimePatterns.normalize(month), i + 1);
            }
        }
        vocabulary.days().forEach(day -> day.words().forEach(w -> role(w).day = day));
        vocabulary.dayParts().forEach((w, at) -> role(w).dayPart = at);
        vocabulary.clockWords().forEach((w, at) -> role(w).clock = at);
        vocabulary.before().forEach((modifier, list) -> list.forEach(w -> role(w).before = modifier));
        vocabulary.after().forEach((modifier, list) -> list.forEach(w -> role(w).after = modifier));
        vocabulary.timePrefixes().forEach(w -> role(w).prefix = true);
        vocabulary.rangeWords().forEach(w -> role(w).range = true);
        vocabulary.linkWords().forEach(w -> role(w).link = true);
        vocabulary.everyDay().forEach(w -> role(w).everyDay = true);
        vocabulary.durationAfter().forEach(w -> role(w).duration = true);
        roles.forEach((word, role) -> words.add(Tokens.of(word), role));
        vocabulary.lookingBack().forEach(phrase -> lookingBack.add(Tokens.of(phrase), Roles.NONE));
        // Dates with a month first, then hours, then a bare day of the month (which must not take the
        // "14" of "14 h"): at one position the first alternative that matches wins.
        List<String> withMonth = vocabulary.dates().stream().filter(d -> TimePatterns.groups(d).contains("month")).toList();
        List<String> dayOnly = vocabulary.dates().stream().filter(d -> !withMonth.contains(d)).toList();
        this.dates = withMonth.size() + dayOnly.size();
        this.times = vocabulary.times().size();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < withMonth.size(); i++) {
            alternatives.add(group("d" + i, TimePatterns.date(withMonth.get(i), vocabulary)));
        }
        for (int i = 0; i < times; i++) {
            alternatives.add(group("t" + i, vocabulary.times().get(i)));
        }
        for (int i = 0; i < dayOnly.size(); i++) {
            alternatives.add(group("d" + (withMonth.size() + i), TimePatterns.date(dayOnly.get(i), vocabulary)));
        }
        this.pattern = Pattern.compile(String.join("|", alternatives), TimePatterns.FLAGS);
    }

    private Roles role(String word) {
        return roles.computeIfAbsent(TimePatterns.normalize(word), w -> new Roles());
    }

    /** The data pattern as one named alternative, its groups renamed after it (d0day, t1hour…). */
    private String group(String name, String pattern) {
        String renamed = TimePatterns.renameGroups(pattern, name);
        groups.addAll(TimePatterns.groups(renamed));
        return "(?<" + name + ">" + renamed + ")(?![\\p{L}\\p{N}])";
    }

    Roles roles(Atom atom) {
        return atom instanceof Word word ? word.roles() : Roles.NONE;
    }

    /**
     * The pieces of the text, left to right. Hours and dates are tried only where a number or a month
     * name starts, and vocabulary words are looked up token by token: one expression of every word, tried
     * at every character, cost a third of a millisecond per draft.
     */
    List<Atom> atoms(String text, Tokens tokens) {
        List<Atom> atoms = new ArrayList<>();
        Matcher found = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < tokens.size()) {
            Atom atom = null;
            if (mayOpenPattern(tokens.form(i))) {
                found.region(tokens.start(i), text.length());
                atom = found.lookingAt() ? atom(found) : null;
            }
            if (atom == null) {
                WordTree.Match word = words.longest(tokens, i);
                if (word != null) {
                    atom = new Word(tokens.start(i), tokens.end(word.last()), word.roles());
                }
            }
            if (atom == null) {
                i++;
                continue;
            }
            atoms.add(atom);
            while (i < tokens.size() && tokens.start(i) < atom.end()) {
                i++;
            }
        }
        return atoms;
    }

    private boolean mayOpenPattern(String token) {
        return Character.isDigit(token.codePointAt(0)) || months.containsKey(token);
    }

    private Atom atom(Matcher found) {
        for (int i = 0; i < times; i++) {
            String name = "t" + i;
            if (found.group(name) != null) {
                return clock(found, name);
            }
        }
        for (int i = 0; i < dates; i++) {
            String name = "d" + i;
            if (found.group(name) != null) {
                return date(found, name);
            }
        }
        return null;
    }

    private Clock clock(Matcher found, String name) {
        String hours = found.group(name + "hour");
        if (hours == null) {
            return null;
        }
        int hour = number(hours);
        String minutes = optional(found, name + "minute");
        boolean am = optional(found, name + "am") != null;
        boolean pm = optional(found, name + "pm") != null;
        if (am || pm) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int minute = minutes == null ? 0 : number(minutes);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        return new Clock(found.start(), found.end(), LocalTime.of(hour, minute), am || pm);
    }

    private DateAtom date(Matcher found, String name) {
        String days = found.group(name + "day");
        if (days == null) {
            return null;
        }
        int day = number(days);
        String monthText = optional(found, name + "month");
        Integer month = null;
        if (monthText != null) {
            String plain = TimePatterns.normalize(monthText).replaceAll("\\.$", "");
            month = months.containsKey(plain) ? months.get(plain) : Integer.valueOf(number(plain));
            if (month == null || month < 1 || month > 12) {
                return null;
            }
        }
        String yearText = optional(found, name + "year");
        Integer year = yearText == null ? null : number(yearText);
        if (year != null && year < 0) {
            return null;
        }
        if (year != null && year < 100) {
            year += 2000;
        }
        if (day < 1 || day > 31) {
            return null;
        }
        return new DateAtom(found.start(), found.end(), day, month, year);
    }

    /** The figures as a number, or -1 when they are too many to be a day, an hour or a year. */
    private static int number(String digits) {
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** A group the pattern may not have at all (not every pattern names minute or year). */
    private String optional(Matcher found, String group) {
        return groups.contains(group) ? found.group(group) : null;
    }

    /** Where phrases that look back on an event ("merci d'être venus") start in the text. */
    List<Integer> lookingBack(Tokens tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (lookingBack.longest(tokens, i) != null) {
                starts.add(tokens.start(i));
            }
        }
        return starts;
    }

    /**
     * For each character, the clause it belongs to (clauses end at sentence marks), and which clauses hold
     * a phrase that looks back; one pass over the text, however many references it has.
     */
    static final class Clauses {
        private final int[] clause;
        private final java.util.Set<Integer> lookingBack = new java.util.HashSet<>();

        Clauses(String text, List<Integer> phrases) {
            if (phrases.isEmpty()) {
                clause = null;
                return;
            }
            clause = new int[text.length() + 1];
            int id = 0;
            for (int i = 0; i < text.length(); i++) {
                clause[i] = id;
                if (clauseEnd(text.charAt(i))) {
                    id++;
                }
            }
            clause[text.length()] = id;
            phrases.forEach(start -> lookingBack.add(clause[start]));
        }

        /** Whether the clause where the span starts looks back on an event. */
        boolean looksBack(Span span) {
            return !lookingBack.isEmpty() && lookingBack.contains(clause[span.offset()]);
        }
    }

    private static boolean clauseEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n';
    }
}
