package fr.ricochet.audit;

import fr.ricochet.rules.profile.CalibrationProfile;
import java.util.List;

/**
 * The tips' features measured on the account's own engagement.
 *
 * @param available false when the archive holds no engagement figures (Mastodon, Bluesky, LinkedIn) or too few
 *                  posts; then {@code message} says so and the rest is empty
 * @param engagement what was counted, e.g. {@code likes+reposts}
 * @param posts original posts with figures
 * @param intervals the level of the effects' intervals, corrected for how many were compared; null when not available
 * @param profile the profile the advisor can use, null when not available
 */
public record Calibration(boolean available, String engagement, int posts, String message, IntervalLevel intervals,
        List<Effect> effects, BestHours bestHours, CalibrationProfile profile) {

    public Calibration {
        effects = List.copyOf(effects);
    }
}
