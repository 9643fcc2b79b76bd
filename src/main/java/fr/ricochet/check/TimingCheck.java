package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.TipSpec;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planned time, in the audience's zone, against the network's good windows for that audience.
 * Studies find content matters more than the hour, so this tip weighs little and always names its source.
 */
record TimingCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("timing", Settings.class, CheckKind.PER_NETWORK,
            Set.of("outside", "inside"), TimingCheck::new);

    record Settings(double outsideScore) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        if (draft.request().scheduledAt() == null) {
            return Verdict.notApplicable();
        }
        Wording say = new Wording(tip, draft.language(), network);
        String audience = draft.request().audience();
        ZonedDateTime planned = draft.request().scheduledAt().atZoneSameInstant(draft.request().timeZone());
        List<PostingWindow> inside = PostingSlots.windowsAt(network, audience, planned);
        if (!inside.isEmpty()) {
            return new Verdict(1.0, List.of(say.whole("inside", Severity.INFO, "when", format(planned, draft.language()),
                    "source", sources(inside))));
        }
        String next = PostingSlots.next(network, audience, planned)
                .map(slot -> format(slot, draft.language())).orElse("-");
        String source = sources(network.windowsFor(audience));
        return new Verdict(settings.outsideScore(), List.of(say.whole("outside", Severity.WARNING,
                "when", format(planned, draft.language()), "next", next, "source", source,
                "zone", draft.request().timeZone().getId())));
    }

    private static String sources(List<PostingWindow> windows) {
        return windows.stream().map(PostingWindow::source).distinct().collect(Collectors.joining("; "));
    }

    static String format(ZonedDateTime time, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        String pattern = "en".equals(language) ? "EEEE d MMMM, h:mm a" : "EEEE d MMMM, HH'h'mm";
        return time.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
