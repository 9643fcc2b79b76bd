package fr.ricochet.request;

import fr.ricochet.rules.profile.CalibrationProfile;
import java.util.Optional;

/** Finds a stored calibration profile by the id a request names it by. */
@FunctionalInterface
public interface ProfileLookup {

    /** Where no profile is stored (the command line): a request must give its profile inline. */
    ProfileLookup NONE = id -> Optional.empty();

    Optional<CalibrationProfile> find(String id);
}
