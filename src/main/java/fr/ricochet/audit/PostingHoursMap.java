package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.value.Audience;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** When the account posts, hour by hour of the week in the audience's zone, beside the studies' windows. */
final class PostingHoursMap {

    private PostingHoursMap() {
    }

    static PostingHours of(List<ArchivedPost> originals, NetworkProfile network, ZoneId zone) {
        int[][] counts = new int[7][24];
        for (ArchivedPost post : originals) {
            ZonedDateTime local = post.createdAt().atZone(zone);
            counts[local.getDayOfWeek().getValue() - 1][local.getHour()]++;
        }
        List<PostingWindow> windows = network == null ? List.of() : network.windowsFor(Audience.GENERAL);
        List<List<Integer>> rows = new ArrayList<>();
        List<List<Boolean>> studies = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Integer> row = new ArrayList<>();
            List<Boolean> inside = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                row.add(counts[day.getValue() - 1][hour]);
                LocalTime start = LocalTime.of(hour, 0);
                inside.add(windows.stream().anyMatch(window -> window.contains(day, start)));
            }
            rows.add(List.copyOf(row));
            studies.add(List.copyOf(inside));
        }
        return new PostingHours(zone.getId(), List.copyOf(rows), List.copyOf(studies));
    }
}
