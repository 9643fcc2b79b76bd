package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds good posting times in the windows the network profiles give, in the audience's time zone. */
public final class PostingSlots {

    private static final int DAYS_AHEAD = 8;

    private PostingSlots() {
    }

    /** The windows of this network and audience that contain the instant, seen in the zone. */
    public static List<PostingWindow> windowsAt(NetworkProfile network, String audience, ZonedDateTime at) {
        List<PostingWindow> inside = new ArrayList<>();
        for (PostingWindow window : network.windowsFor(audience)) {
            if (window.contains(at.getDayOfWeek(), at.toLocalTime())) {
                inside.add(window);
            }
        }
        return inside;
    }

    /** The first instant from {@code from} on (minute precision) inside a window of the network. */
    public static Optional<ZonedDateTime> next(NetworkProfile network, String audience, ZonedDateTime from) {
        return next(List.of(network), audience, from);
    }

    /**
     * The first instant from {@code from} on that lies inside a window of every network given, or empty
     * when their windows never meet within a week.
     */
    public static Optional<ZonedDateTime> next(Collection<NetworkProfile> networks, String audience,
            ZonedDateTime from) {
        ZonedDateTime start = from.truncatedTo(ChronoUnit.MINUTES);
        if (start.isBefore(from)) {
            start = start.plusMinutes(1);
        }
        List<ZonedDateTime> candidates = new ArrayList<>();
        candidates.add(start);
        ZoneId zone = from.getZone();
        LocalDate day = from.toLocalDate();
        for (int d = 0; d < DAYS_AHEAD; d++) {
            for (NetworkProfile network : networks) {
                for (PostingWindow window : network.windowsFor(audience)) {
                    if (window.days().contains(day.plusDays(d).getDayOfWeek())) {
                        candidates.add(day.plusDays(d).atTime(window.from()).atZone(zone));
                    }
                }
            }
        }
        ZonedDateTime begin = start;
        return candidates.stream()
                .filter(c -> !c.isBefore(begin))
                .filter(c -> networks.stream().allMatch(n -> !windowsAt(n, audience, c).isEmpty()))
                .min(ZonedDateTime::compareTo);
    }
}
