package fr.ricochet.report;

import fr.ricochet.check.PostingSlots;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.RuleBook;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The next good slot to post: after the planned time when that time misses a good window, or from now
 * when no time was planned. It prefers a slot good for every network; failing that, the first network's.
 */
final class TimeAdvice {

    private TimeAdvice() {
    }

    static SuggestedTime suggest(AnalysisRequest request, RuleBook rules, Instant now) {
        List<NetworkProfile> networks = request.networks().stream().map(rules::network).toList();
        String audience = request.audience();
        ZonedDateTime from;
        if (request.scheduledAt() != null) {
            from = request.scheduledAt().atZoneSameInstant(request.timeZone());
            ZonedDateTime planned = from;
            if (networks.stream().allMatch(n -> !PostingSlots.windowsAt(n, audience, planned).isEmpty())) {
                return null;
            }
        } else {
            from = now.atZone(request.timeZone());
        }
        List<NetworkProfile> goodFor = networks;
        Optional<ZonedDateTime> slot = PostingSlots.next(networks, audience, from);
        if (slot.isEmpty()) {
            goodFor = List.of(networks.get(0));
            slot = PostingSlots.next(goodFor, audience, from);
        }
        if (slot.isEmpty()) {
            return null;
        }
        ZonedDateTime at = slot.get();
        List<String> sources = goodFor.stream()
                .flatMap(n -> PostingSlots.windowsAt(n, audience, at).stream())
                .map(PostingWindow::source).distinct().toList();
        return new SuggestedTime(at.toOffsetDateTime(), request.timeZone().getId(),
                goodFor.stream().map(NetworkProfile::id).toList(), sources);
    }
}
