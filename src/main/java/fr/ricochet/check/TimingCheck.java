package fr.ricochet.check;

import fr.ricochet.measure.EventTime;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Audience;
import fr.ricochet.value.Language;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planned time, in the audience's zone, against the event the draft announces and the network's good
 * windows for that audience. An event comes first: a post after it is too late, a post in its last hours is a
 * reminder whatever the windows say, and no window is offered after it. Studies find content matters more
 * than the hour, so the windows weigh little and always name their source.
 */
record TimingCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("timing", Settings.class, CheckKind.PER_NETWORK,
            Set.of("outside", "inside", "after-event", "close-to-event", "no-window-before-event"), TimingCheck::new).filling("event", "next", "source", "when", "zone");

    /**
     * @param outsideScore a planned time outside the windows, with a better one before the event (if any)
     * @param afterEventScore a planned time after the event the draft announces
     * @param confirmGoodSlot whether a planned time that is fine (inside a good window, or in the last hours before
     *                        the event) is said to be so, as an info
     */
    record Settings(double outsideScore, double afterEventScore, boolean confirmGoodSlot) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (draft.request().scheduledAt() == null) {
            return Verdict.notApplicable();
        }
        Wording say = new Wording(tip, draft.language(), network);
        Language language = draft.language();
        Audience audience = draft.request().audience();
        ZonedDateTime planned = draft.request().scheduledAt().atZoneSameInstant(draft.request().timeZone());
        String when = format(planned, language);
        Optional<EventTime> event = draft.facts().times().event(planned);
        if (event.isPresent() && event.get().passedAt(planned)) {
            EventTime late = event.get();
            return new Verdict(settings.afterEventScore(), List.of(say.finding("after-event", Severity.ERROR,
                    late.span().offset(), late.span().length(), List.of(), "when", when,
                    "event", describe(late, planned, language))));
        }
        if (event.isPresent() && event.get().closeAt(planned)) {
            return new Verdict(1.0, !settings.confirmGoodSlot() ? List.of() : List.of(say.whole("close-to-event",
                    Severity.INFO, "when", when, "event", describe(event.get(), planned, language))));
        }
        List<PostingWindow> inside = PostingSlots.windowsAt(network, audience, planned);
        if (!inside.isEmpty()) {
            return new Verdict(1.0, !settings.confirmGoodSlot() ? List.of() : List.of(say.whole("inside", Severity.INFO,
                    "when", when, "source", sources(inside, language))));
        }
        String source = sources(network.windowsFor(audience), language);
        Optional<ZonedDateTime> next = event.isPresent()
                ? PostingSlots.next(List.of(network), audience, planned, event.get().at())
                : PostingSlots.next(network, audience, planned);
        if (event.isPresent() && next.isEmpty()) {
            return new Verdict(1.0, List.of(say.whole("no-window-before-event", Severity.INFO, "when", when,
                    "event", describe(event.get(), planned, language), "source", source)));
        }
        return new Verdict(settings.outsideScore(), List.of(say.whole("outside", Severity.WARNING,
                "when", when, "next", next.map(slot -> format(slot, language)).orElse("-"), "source", source,
                "zone", draft.request().timeZone().getId())));
    }

    private static String sources(List<PostingWindow> windows, Language language) {
        return windows.stream().map(w -> w.source().in(language)).distinct().collect(Collectors.joining(language == Language.FR ? "\u202F; " : "; "));
    }

    static String format(ZonedDateTime time, Language language) {
        return Dates.write(time, language, false, true);
    }

    /** The event's day, its hour when the draft states one, its year when it is not the planned one. */
    private static String describe(EventTime event, ZonedDateTime planned, Language language) {
        return Dates.write(event.at(), language, event.at().getYear() != planned.getYear(), event.exact());
    }
}
