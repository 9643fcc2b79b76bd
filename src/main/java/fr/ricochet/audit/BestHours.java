package fr.ricochet.audit;

import fr.ricochet.rules.profile.ProfileWindow;
import java.util.List;

/**
 * The account's own best slots when there is enough data, else a statement that the studies' windows stand.
 *
 * @param basis {@code account} or {@code studies}
 * @param minimumPosts posts with engagement needed before any slot is judged (200)
 * @param minimumPerSlot posts needed in a slot for it to be judged (20)
 * @param message why, in the report's language
 */
public record BestHours(String basis, int minimumPosts, int minimumPerSlot, List<ProfileWindow> windows,
        String message) {

    public BestHours {
        windows = List.copyOf(windows);
    }
}
