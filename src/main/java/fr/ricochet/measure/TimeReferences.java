package fr.ricochet.measure;

import fr.ricochet.rules.TimeRules;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The time references found in a draft, in text order, with the settings that resolve them. The text is
 * read once; each step resolves against its own reference (the planned time, else now).
 */
public record TimeReferences(List<TimeMention> mentions, TimeRules.Settings settings) {

    /**
     * The event the draft announces, seen from the reference instant (in the audience's zone): the first
     * reference that states an hour, else the first one; empty when the draft names no time. A date further back
     * than {@code recentDays} ("depuis le 1er janvier 2020") is history, not an event.
     */
    public Optional<EventTime> event(ZonedDateTime reference) {
        EventTime first = null;
        ZonedDateTime history = reference.minusDays(settings.recentDays());
        for (TimeMention mention : mentions) {
            Optional<EventTime> event = EventTime.resolve(mention, reference, settings)
                    .filter(e -> !e.at().isBefore(history));
            if (event.isPresent() && event.get().exact()) {
                return event;
            }
            if (first == null) {
                first = event.orElse(null);
            }
        }
        return Optional.ofNullable(first);
    }
}
