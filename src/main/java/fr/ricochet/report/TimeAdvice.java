package fr.ricochet.report;

import fr.ricochet.check.AccountCalibration;
import fr.ricochet.check.PostingSlots;
import fr.ricochet.measure.EventTime;
import fr.ricochet.measure.Facts;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TimeRules;
import fr.ricochet.value.Audience;
import fr.ricochet.value.Language;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The next good slot to post: after the planned time when that time misses a good window, or from now
 * when no time was planned. It prefers a slot good for every network; failing that, the first network's.
 * A slot never comes after the event the draft announces: the next good slot before it, the last one when
 * the planned time is already too late, or now when the event is close or no window opens before it (at night,
 * the night's end instead, when the event comes after it).
 */
final class TimeAdvice {

    private TimeAdvice() {
    }

    static SuggestedTime suggest(AnalysisRequest request, Facts facts, RuleBook rules, Instant now) {
        AccountCalibration calibration = AccountCalibration.of(rules, request.profile());
        List<NetworkProfile> networks = request.networks().stream().map(calibration::network).toList();
        Audience audience = request.audience();
        ZonedDateTime current = now.atZone(request.timeZone());
        ZonedDateTime planned = request.scheduledAt() == null ? null
                : request.scheduledAt().atZoneSameInstant(request.timeZone());
        Optional<EventTime> event = facts.times().event(planned != null ? planned : current)
                // an event on a day already gone by is looked back on (a thank-you post): it bounds nothing
                .filter(e -> !e.at().toLocalDate().isBefore(current.toLocalDate()));
        if (event.isPresent()) {
            return beforeEvent(event.get(), networks, audience, planned, current, facts.language(),
                    facts.times().settings());
        }
        if (planned != null && insideAll(networks, audience, planned)) {
            return null;
        }
        ZonedDateTime from = planned != null ? planned : current;
        return slot(networks, nets -> PostingSlots.next(nets, audience, from), audience, current.getZone().getId(),
                facts.language()).orElse(null);
    }

    private static SuggestedTime beforeEvent(EventTime event, List<NetworkProfile> networks, Audience audience,
            ZonedDateTime planned, ZonedDateTime current, Language language, TimeRules.Settings night) {
        String zone = current.getZone().getId();
        if (planned != null && !event.passedAt(planned)) {
            // the planned time comes before the event: keep it when close to the event or inside a window,
            // else move it to the next good slot before the event, if any opens
            if (event.closeAt(planned) || insideAll(networks, audience, planned)) {
                return null;
            }
            return slot(networks, nets -> PostingSlots.next(nets, audience, planned, event.at()), audience, zone,
                    language).orElse(null);
        }
        if (event.passedAt(current) || event.closeAt(current)) {
            return now(current, networks);
        }
        // planned too late: the last good slot before the event; nothing planned: the next one before it
        Optional<SuggestedTime> slot = slot(networks, nets -> planned != null
                ? PostingSlots.last(nets, audience, current, event.at())
                : PostingSlots.next(nets, audience, current, event.at()), audience, zone, language);
        return slot.orElseGet(() -> now(afterTheNight(current, event, night), networks));
    }

    /** Now, or the end of the night when it is night now and the event comes after that end. */
    private static ZonedDateTime afterTheNight(ZonedDateTime current, EventTime event, TimeRules.Settings night) {
        if (!night.night(current.toLocalTime())) {
            return current;
        }
        ZonedDateTime end = current.toLocalTime().isBefore(night.nightTo())
                ? current.with(night.nightTo()) : current.plusDays(1).with(night.nightTo());
        return event.passedAt(end) || !end.isBefore(event.at()) ? current : end;
    }

    /** The slot the search finds good for every network, else for the first network alone. */
    private static Optional<SuggestedTime> slot(List<NetworkProfile> networks,
            Function<List<NetworkProfile>, Optional<ZonedDateTime>> search, Audience audience, String zone,
            Language language) {
        List<NetworkProfile> goodFor = networks;
        Optional<ZonedDateTime> found = search.apply(networks);
        if (found.isEmpty()) {
            goodFor = List.of(networks.get(0));
            found = search.apply(goodFor);
        }
        List<NetworkProfile> chosen = goodFor;
        return found.map(at -> new SuggestedTime(at.toOffsetDateTime(), zone,
                chosen.stream().map(NetworkProfile::id).toList(), sources(chosen, audience, at, language)));
    }

    /** Post now: the event is close, or no window opens before it; no study backs an hour then. */
    private static SuggestedTime now(ZonedDateTime current, List<NetworkProfile> networks) {
        ZonedDateTime minute = current.truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime at = minute.isBefore(current) ? minute.plusMinutes(1) : minute;
        return new SuggestedTime(at.toOffsetDateTime(), current.getZone().getId(),
                networks.stream().map(NetworkProfile::id).toList(), List.of());
    }

    private static List<String> sources(List<NetworkProfile> goodFor, Audience audience, ZonedDateTime at,
            Language language) {
        return goodFor.stream().flatMap(n -> PostingSlots.windowsAt(n, audience, at).stream())
                .map(w -> w.source().in(language)).distinct().toList();
    }

    private static boolean insideAll(List<NetworkProfile> networks, Audience audience, ZonedDateTime at) {
        return networks.stream().allMatch(n -> !PostingSlots.windowsAt(n, audience, at).isEmpty());
    }
}
