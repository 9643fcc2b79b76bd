package fr.ricochet.rules;

import fr.ricochet.value.Language;
import java.time.LocalTime;
import java.util.Map;

/**
 * How time references in a draft are read ({@code time/references.yaml}): the settings that turn them
 * into an event time, and the words and patterns of each language.
 */
public record TimeRules(Settings settings, Map<Language, TimeVocabulary> languages) {

    /** The codes of the draft languages the file must cover, since a draft in either may name a time. */
    public static final java.util.Set<String> LANGUAGES = java.util.stream.Stream.of(Language.values())
            .map(Language::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * @param remindHours the last hours before an event, when posting is a reminder and no slot is pushed later
     * @param recentDays how far back a date without a year still means that past date rather than next year's
     * @param dayAt the hour taken for a day named without one
     * @param nightFrom with {@code nightTo}, the night: "post now" is never said then while the event is still to
     *     come after it; the suggestion is the night's end
     */
    public record Settings(int remindHours, int recentDays, LocalTime dayAt, LocalTime nightFrom,
            LocalTime nightTo) {

        /** Whether this hour is at night (the night may run past midnight). */
        public boolean night(LocalTime time) {
            return nightFrom.isAfter(nightTo) ? !time.isBefore(nightFrom) || time.isBefore(nightTo)
                    : !time.isBefore(nightFrom) && time.isBefore(nightTo);
        }
    }

    public TimeVocabulary vocabulary(Language language) {
        return languages.get(language);
    }
}
