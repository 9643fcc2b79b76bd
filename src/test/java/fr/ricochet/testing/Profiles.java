package fr.ricochet.testing;

import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.rules.profile.ProfileWindow;
import fr.ricochet.value.NetworkId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/** Calibration profiles as an audit would write them, for the tests of the advice that reads them. */
public final class Profiles {

    /** Image posts did twice as well, an interval that leaves out 1. */
    public static final ProfileEffect IMAGE_TWICE = new ProfileEffect("image", "with", 2.0, 1.6, 2.5, 120, 292);
    /** Image posts did a little better, an interval that holds 1: no effect shown. */
    public static final ProfileEffect IMAGE_NOISE = new ProfileEffect("image", "with", 1.4, 0.8, 2.3, 25, 387);
    /** The account's own best slot: Sunday 18:00 to 21:00. */
    public static final ProfileWindow SUNDAY_EVENING = new ProfileWindow(DayOfWeek.SUNDAY, 18, 21, 1.8, 40);

    private Profiles() {
    }

    /** A profile of @mediatheque on this network, 412 posts from January 2024 to November 2025. */
    public static CalibrationProfile profile(String network, List<ProfileEffect> effects, List<ProfileWindow> windows) {
        return new CalibrationProfile(CalibrationProfile.VERSION, null, "@mediatheque", NetworkId.of(network),
                "Europe/Paris", 412, Instant.parse("2024-01-08T09:00:00Z"), Instant.parse("2025-11-28T17:30:00Z"),
                "likes+reposts", effects, windows);
    }
}
