package fr.ricochet.check;

import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.value.Audience;
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
    public static List<PostingWindow> windowsAt(NetworkProfile network, Audience audience, ZonedDateTime at) {
        List<PostingWindow> inside = new ArrayList<>();
        for (PostingWindow window : network.windowsFor(audience)) {
            if (window.contains(at.getDayOfWeek(), at.toLocalTime())) {
                inside.add(window);
            }
        }
        return inside;
    }

    /** The first instant from {@code from} on (minute precision) inside a window of the network. */
    public static Optional<ZonedDateTime> next(NetworkProfile network, Audience audience, ZonedDateTime from) {
        return next(List.of(network), audience, from);
    }

    /**
     * The first instant from {@code from} on that lies inside a window of every network given, or empty
     * when their windows never meet within a week.
     */
    public static Optional<ZonedDateTime> next(Collection<NetworkProfile> networks, Audience audience,
            ZonedDateTime from) {
        return slots(networks, audience, from, from.toLocalDate(), DAYS_AHEAD).stream().findFirst();
    }

    /** The same, only when it comes before {@code before} (an event the post announces). */
    public static Optional<ZonedDateTime> next(Collection<NetworkProfile> networks, Audience audience,
            ZonedDateTime from, ZonedDateTime before) {
        return next(networks, audience, from).filter(slot -> slot.isBefore(before));
    }

    /**
     * The last good slot from {@code from} on that comes before {@code before}: the opening of the last
     * window that starts before it (or {@code from} itself, inside a window), or empty when none does.
     */
    public static Optional<ZonedDateTime> last(Collection<NetworkProfile> networks, Audience audience,
            ZonedDateTime from, ZonedDateTime before) {
        LocalDate firstDay = before.toLocalDate().minusDays(DAYS_AHEAD);
        if (firstDay.isBefore(from.toLocalDate())) {
            firstDay = from.toLocalDate();
        }
        int days = (int) ChronoUnit.DAYS.between(firstDay, before.toLocalDate()) + 1;
        return slots(networks, audience, from, firstDay, days).stream()
                .filter(slot -> slot.isBefore(before)).reduce((first, second) -> second);
    }

    /** In time order, the instants from {@code from} on (to the minute) inside a window of every network. */
    private static List<ZonedDateTime> slots(Collection<NetworkProfile> networks, Audience audience, ZonedDateTime from,
            LocalDate firstDay, int days) {
        ZonedDateTime start = from.truncatedTo(ChronoUnit.MINUTES);
        if (start.isBefore(from)) {
            start = start.plusMinutes(1);
        }
        List<ZonedDateTime> candidates = new ArrayList<>();
        candidates.add(start);
        ZoneId zone = from.getZone();
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            for (NetworkProfile network : networks) {
                for (PostingWindow window : network.windowsFor(audience)) {
                    if (window.days().contains(day.getDayOfWeek())) {
                        candidates.add(day.atTime(window.from()).atZone(zone));
                    }
                }
            }
        }
        ZonedDateTime begin = start;
        return candidates.stream()
                .filter(c -> !c.isBefore(begin))
                .filter(c -> networks.stream().allMatch(n -> !windowsAt(n, audience, c).isEmpty()))
                .sorted().distinct().toList();
    }
}
