package fr.ricochet.report;

import fr.ricochet.value.NetworkId;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The next good slot, in the audience's zone, the networks it is good for and the studies behind it.
 */
public record SuggestedTime(OffsetDateTime at, String timeZone, List<NetworkId> networks, List<String> sources) {
}
