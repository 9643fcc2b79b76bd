package fr.ricochet.rules.profile;

import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.util.List;

/**
 * What an audit learned from one account's own numbers, in the form the advisor reads back (JSON or YAML).
 *
 * @param version the profile format's version, 1
 * @param id null until the profile is stored; then the id requests name it by
 * @param account the handle the archive named, or null
 * @param network the network the account posts on
 * @param timeZone the audience's IANA zone the hours are read in
 * @param posts the original posts with engagement figures the numbers rest on
 * @param from the oldest of those posts
 * @param to the newest
 * @param engagement what was counted, e.g. {@code likes+reposts}
 * @param effects every effect measured, significant or not
 * @param windows the account's best slots; empty when there was not enough data (then the studies' windows stand)
 */
public record CalibrationProfile(
        int version,
        String id,
        String account,
        NetworkId network,
        String timeZone,
        int posts,
        Instant from,
        Instant to,
        String engagement,
        List<ProfileEffect> effects,
        List<ProfileWindow> windows) {

    public static final int VERSION = 1;

    public CalibrationProfile {
        effects = List.copyOf(effects);
        windows = List.copyOf(windows);
    }

    public CalibrationProfile withId(String storedId) {
        return new CalibrationProfile(version, storedId, account, network, timeZone, posts, from, to, engagement,
                effects, windows);
    }
}
