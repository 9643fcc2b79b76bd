package fr.ricochet.measure;

import fr.ricochet.rules.NetworkProfile;
import java.util.List;

/**
 * Counts any text the way one network counts it, with the same counters as the draft's own measure: for a
 * check that must know whether the text of a fix it proposes (a cut draft, a part of a thread) fits.
 */
public final class PostLength {

    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private PostLength() {
    }

    public static NetworkLength of(String text, NetworkProfile network) {
        return count(text, ENTITIES.read(text), network);
    }

    /**
     * The same with the text's neutral entities already known (offsets into {@code text}, in order), which saves
     * looking for them again: a piece of a measured draft has the draft's entities that lie inside it. The network
     * reads its own from them (Bluesky and Mastodon look again with their own patterns, which cost little).
     */
    public static NetworkLength of(String text, List<Entity> entities, NetworkProfile network) {
        return count(text, Extraction.fromNeutral(entities), network);
    }

    /** Within the network's limit, and within its byte cap when it has one. */
    public static boolean fits(String text, NetworkProfile network) {
        return of(text, network).fits();
    }

    private static NetworkLength count(String text, Extraction found, NetworkProfile network) {
        List<Entity> read = EntityReaders.of(network).read(text, found).counted();
        return Counters.of(network).count(text, Graphemes.boundaries(text), read, network);
    }
}
