package fr.ricochet.measure;

import fr.ricochet.measure.TimeGrammar.Atom;
import fr.ricochet.measure.TimeGrammar.Clock;
import fr.ricochet.measure.TimeGrammar.DateAtom;
import fr.ricochet.measure.TimeGrammar.Roles;
import fr.ricochet.measure.TimeMention.Day;
import fr.ricochet.rules.TimeRules;
import fr.ricochet.rules.TimeVocabulary.Modifier;
import fr.ricochet.value.Language;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the time references of a draft: the pieces each language's {@link TimeGrammar} finds are joined
 * when only spaces or commas part them, then read as a day ("samedi 14 mars", "ce soir"), an hour
 * ("à 18 h", "7pm"), or both. Recurring days ("le dimanche", "every day"), days gone by ("samedi
 * dernier") and sentences that look back ("merci d'être venus le 14 mars") are not events. An hour alone
 * takes the day of the reference before it ("Samedi 14 mars. Ouverture à 19 h"); without one, it counts
 * only when a prefix or am/pm makes it a time of day ("dès 19 h", "7pm"), not a duration ("2 h").
 */
public final class TimeReader {

    private final Map<Language, TimeGrammar> grammars = new EnumMap<>(Language.class);
    private final TimeRules rules;

    public TimeReader(TimeRules rules) {
        this.rules = rules;
        rules.languages().forEach((language, vocabulary) -> grammars.put(language, new TimeGrammar(vocabulary)));
    }

    /** The references in the text, entities (links, mentions, tags) left out: "#demain" names no day. */
    public TimeReferences read(String text, List<Entity> entities, Language language) {
        TimeGrammar grammar = grammars.get(language);
        if (grammar == null) {
            return new TimeReferences(List.of(), rules.settings());
        }
        char[] chars = text.toCharArray();
        for (Entity entity : entities) {
            java.util.Arrays.fill(chars, entity.offset(), entity.end(), ' ');
        }
        String prose = new String(chars);
        return new TimeReferences(new Parse(grammar, prose).mentions(), rules.settings());
    }

    /** One reading of one text: the pieces, the day last named, the mentions found so far. */
    private static final class Parse {

        private final TimeGrammar grammar;
        private final String text;
        private final List<Atom> atoms;
        private final TimeGrammar.Clauses clauses;
        private final List<TimeMention> mentions = new ArrayList<>();
        private boolean dayNamed;
        private Day lastDay;
        private boolean lastDayIgnored;

        Parse(TimeGrammar grammar, String text) {
            this.grammar = grammar;
            this.text = text;
            Tokens tokens = Tokens.of(text);
            this.atoms = grammar.atoms(text, tokens);
            this.clauses = new TimeGrammar.Clauses(text, grammar.lookingBack(tokens));
        }

        private record DayPart(Day day, LocalTime at, int next, boolean ignored) {
        }

        /** @param anchored a time of day, not a duration: after a prefix, with am or pm, or opening a range */
        private record HourPart(LocalTime time, boolean anchored, boolean range, boolean duration, int next) {
        }

        List<TimeMention> mentions() {
            int i = 0;
            while (i < atoms.size()) {
                i = readAt(i);
            }
            return List.copyOf(mentions);
        }

        /** Reads a reference starting at atom i, and returns where the next one may start. */
        private int readAt(int i) {
            DayPart day = day(i, true);
            if (day != null) {
                HourPart hour = hour(day.next(), true, false);
                int next = hour == null ? day.next() : hour.next();
                boolean timed = hour != null && !hour.duration();
                addDay(span(i, next), day, timed ? hour.time() : day.at(), timed);
                return next;
            }
            HourPart hour = hour(i, false, true);
            if (hour == null) {
                return i + 1;
            }
            if (hour.duration()) {
                return hour.next();
            }
            if (hour.anchored()) {
                int k = joined(hour.next()) && roles(hour.next()).link ? hour.next() + 1 : hour.next();
                DayPart after = day(k, false);
                if (after != null) {
                    addDay(span(i, after.next()), after, hour.time(), true);
                    return after.next();
                }
            }
            addHour(span(i, hour.next()), hour);
            return hour.next();
        }

        private void addDay(Span span, DayPart day, LocalTime time, boolean exact) {
            dayNamed = true;
            lastDay = day.day();
            lastDayIgnored = day.ignored() || clauses.looksBack(span);
            if (!lastDayIgnored) {
                mentions.add(new TimeMention(span, day.day(), time, exact));
            }
        }

        /** An hour on its own takes the day named before it; with none, it must be a time of day by itself. */
        private void addHour(Span span, HourPart hour) {
            if (clauses.looksBack(span)) {
                return;
            }
            if (dayNamed) {
                if (!lastDayIgnored && hour.anchored()) {
                    mentions.add(new TimeMention(span, lastDay, hour.time(), true));
                }
            } else if (!hour.range() && hour.anchored()) {
                mentions.add(new TimeMention(span, null, hour.time(), true));
            }
        }

        /** A day at atom i; {@code first}: it opens the reference, else it must follow the atom before. */
        private DayPart day(int i, boolean first) {
            if (first ? i >= atoms.size() : !joined(i)) {
                return null;
            }
            Roles word = roles(i);
            if (word.everyDay) {
                int next = joined(i + 1) && roles(i + 1).dayPart != null ? i + 2 : i + 1;
                return new DayPart(null, null, next, true);
            }
            if (word.day != null) {
                boolean part = joined(i + 1) && roles(i + 1).dayPart != null;
                return new DayPart(new TimeMention.Relative(word.day.offset()),
                        part ? roles(i + 1).dayPart : word.day.at(), part ? i + 2 : i + 1, false);
            }
            int j = i;
            Modifier modifier = null;
            if (word.before != null && joined(i + 1) && roles(i + 1).weekday != null) {
                modifier = word.before;
                j++;
            }
            if (roles(j).weekday != null) {
                return weekday(j, modifier);
            }
            if (atoms.get(i) instanceof DateAtom from && from.month() == null && joined(i + 2) && roles(i + 1).range
                    && atoms.get(i + 2) instanceof DateAtom to && to.month() != null) {
                // "du 20 au 22 mars": the first day, in the month of the last
                boolean part = joined(i + 3) && roles(i + 3).dayPart != null;
                return new DayPart(new TimeMention.Date(from.day(), to.month(), to.year(), null),
                        part ? roles(i + 3).dayPart : null, part ? i + 4 : i + 3, false);
            }
            if (atoms.get(i) instanceof DateAtom date && date.month() != null) {
                boolean part = joined(i + 1) && roles(i + 1).dayPart != null;
                return new DayPart(new TimeMention.Date(date.day(), date.month(), date.year(), null),
                        part ? roles(i + 1).dayPart : null, part ? i + 2 : i + 1, false);
            }
            return null;
        }

        private DayPart weekday(int j, Modifier before) {
            DayOfWeek weekday = DayOfWeek.of(roles(j).weekday);
            int next = j + 1;
            Modifier modifier = before;
            if (joined(next) && roles(next).after != null) {
                modifier = roles(next).after;
                next++;
            }
            boolean range = joined(next + 1) && roles(next).range && roles(next + 1).weekday != null;
            if (range) {
                next += 2;
            }
            int k = joined(next) && roles(next).link ? next + 1 : next;
            DateAtom date = joined(k) && atoms.get(k) instanceof DateAtom d ? d : null;
            if (date != null) {
                next = k + 1;
            }
            LocalTime at = null;
            if (joined(next) && roles(next).dayPart != null) {
                at = roles(next).dayPart;
                next++;
            }
            boolean ignored = range || modifier == Modifier.PAST || (modifier == Modifier.HABITUAL && date == null);
            Day day = date != null ? new TimeMention.Date(date.day(), date.month(), date.year(), weekday)
                    : new TimeMention.Weekday(weekday, modifier == Modifier.NEXT);
            return new DayPart(day, at, next, ignored);
        }

        /** An hour at atom i: a prefix, figures or a clock word (after a day or a prefix), a range, a duration mark. */
        private HourPart hour(int i, boolean afterDay, boolean first) {
            if (first ? i >= atoms.size() : !joined(i)) {
                return null;
            }
            int j = i;
            boolean prefixed = false;
            if (roles(j).prefix && joined(j + 1) && isHour(j + 1)) {
                prefixed = true;
                j++;
            }
            LocalTime time;
            boolean meridiem = false;
            if (atoms.get(j) instanceof Clock clock) {
                time = clock.time();
                meridiem = clock.meridiem();
            } else if (roles(j).clock != null && (prefixed || afterDay)) {
                time = roles(j).clock;
            } else {
                return null;
            }
            j++;
            boolean range = joined(j + 1) && roles(j).range && isHour(j + 1);
            if (range) {
                j += 2;
            }
            boolean duration = joined(j) && roles(j).duration;
            if (duration) {
                j++;
            }
            return new HourPart(time, prefixed || meridiem || range, range, duration, j);
        }

        private boolean isHour(int i) {
            return atoms.get(i) instanceof Clock || roles(i).clock != null;
        }

        private Roles roles(int i) {
            return i < atoms.size() ? grammar.roles(atoms.get(i)) : TimeGrammar.Roles.NONE;
        }

        /** Whether atom i exists and only spaces or commas part it from the one before. */
        private boolean joined(int i) {
            if (i >= atoms.size()) {
                return false;
            }
            if (i == 0) {
                return true;
            }
            int from = atoms.get(i - 1).end();
            int to = atoms.get(i).start();
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && ch != ',') {
                    return false;
                }
            }
            return true;
        }

        private Span span(int first, int next) {
            int start = atoms.get(first).start();
            return new Span(start, atoms.get(next - 1).end() - start);
        }
    }
}
