package fr.ricochet.report;

import fr.ricochet.value.NetworkId;

/**
 * The draft on one network: its length counted that network's way from the entities that network reads, the
 * limit, whether the network takes it (within the limit and any byte cap), the score there, and the hashtags,
 * mentions and links as that network reads them.
 */
public record NetworkView(NetworkId network, int length, int limit, boolean withinLimit, int score,
        NetworkEntitiesView entities) {
}
