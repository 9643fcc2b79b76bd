package fr.ricochet.audit;

import fr.ricochet.rules.profile.ProfileWindow;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The account's own best slots of the week (a day and a three-hour block in the audience's zone), only when there
 * is enough data: with fewer posts a "best hour" is a handful of lucky posts, and the studies' windows stand.
 */
final class BestSlots {

    static final int BLOCK_HOURS = 3;

    private BestSlots() {
    }

    static BestHours find(List<PostFeatures> posts, Comparisons comparisons, ZoneId zone, AuditRules.CalibrationRules rules,
            String language) {
        AuditRules.BestHoursRules limits = rules.bestHours();
        if (posts.size() < limits.minimumPosts()) {
            return studies(limits, AuditMessages.get(language, "bestHours.fewPosts", "posts", posts.size(),
                    "minimumPosts", limits.minimumPosts(), "minimumPerSlot", limits.minimumPerSlot()));
        }
        int[] slot = posts.stream().mapToInt(p -> slot(p.post().createdAt().atZone(zone))).toArray();
        int slots = 7 * 24 / BLOCK_HOURS;
        int judged = (int) IntStream.range(0, slots)
                .filter(s -> comparisons.comparable(i -> slot[i] == s, limits.minimumPerSlot())).count();
        List<ProfileWindow> better = new ArrayList<>();
        for (int s = 0; s < slots && judged > 0; s++) {
            int current = s;
            // Fifty-odd slots compared at once: at 95 % each, two or three would stand out by chance alone. The
            // Bonferroni correction keeps the chance that any slot stands out by luck at 5 %.
            Comparisons.Comparison c = comparisons.compare(i -> slot[i] == current, limits.minimumPerSlot(), "slot/" + s,
                    0.05 / judged);
            if (Comparisons.judged(c) && c.low() > 1) {
                int from = (s % (24 / BLOCK_HOURS)) * BLOCK_HOURS;
                better.add(new ProfileWindow(DayOfWeek.of(s / (24 / BLOCK_HOURS) + 1), from, from + BLOCK_HOURS,
                        c.ratio(), c.n()));
            }
        }
        if (judged == 0) {
            return studies(limits, AuditMessages.get(language, "bestHours.fewPerSlot", "posts", posts.size(),
                    "minimumPerSlot", limits.minimumPerSlot()));
        }
        if (better.isEmpty()) {
            return studies(limits, AuditMessages.get(language, "bestHours.noneBetter", "slots", judged,
                    "minimumPerSlot", limits.minimumPerSlot()));
        }
        List<ProfileWindow> best = better.stream().sorted(Comparator.comparingDouble(ProfileWindow::ratio).reversed())
                .limit(limits.maximumWindows()).toList();
        return new BestHours("account", limits.minimumPosts(), limits.minimumPerSlot(), best,
                AuditMessages.get(language, "bestHours.account", "count", best.size(), "slots", judged,
                        "minimumPerSlot", limits.minimumPerSlot()));
    }

    static BestHours studies(AuditRules.BestHoursRules limits, String message) {
        return new BestHours("studies", limits.minimumPosts(), limits.minimumPerSlot(), List.of(), message);
    }

    /** Monday 0–3 h is slot 0, Sunday 21–24 h slot 55. */
    private static int slot(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * (24 / BLOCK_HOURS) + time.getHour() / BLOCK_HOURS;
    }
}
