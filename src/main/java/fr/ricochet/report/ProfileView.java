package fr.ricochet.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.value.NetworkId;

/**
 * Which calibration profile the advice was adjusted with: enough to say "calibrated on @account (412 posts)".
 *
 * @param id the stored profile's id, or null when it came inline
 * @param account the handle the archive named, or null
 */
public record ProfileView(@JsonInclude(JsonInclude.Include.NON_NULL) String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String account, NetworkId network, int posts) {

    static ProfileView of(CalibrationProfile profile) {
        return profile == null ? null
                : new ProfileView(profile.id(), profile.account(), profile.network(), profile.posts());
    }
}
